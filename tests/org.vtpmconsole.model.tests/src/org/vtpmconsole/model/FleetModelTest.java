package org.vtpmconsole.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;

class FleetModelTest {

	private static final FleetFactory FACTORY = FleetFactory.eINSTANCE;

	private static Resource newResource() {
		ResourceSetImpl set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		return set.createResource(URI.createURI("test:/fleet.xmi"));
	}

	@Test
	void labelDefaultsFollowSpec() {
		Label label = FACTORY.createLabel();
		assertEquals(1, label.getVersion());
		assertEquals(0x000B, label.getDigestAlg(), "SHA-256");
		assertEquals(0x0014, label.getSigScheme(), "RSASSA");
		assertEquals(0x000B, label.getSigHash(), "SHA-256");
		assertEquals(1, LabelStatus.LOCAL.getValue());
		assertEquals(2, LabelStatus.MIGRATING.getValue());
	}

	@Test
	void fleetSurvivesXmiRoundTripButVerdictsDoNot() throws Exception {
		Fleet fleet = FACTORY.createFleet();
		fleet.setName("lab");
		Host host = FACTORY.createHost();
		host.setName("compute-01");
		host.setAddress("127.0.0.1:8443");
		host.setConnectionState(ConnectionState.CONNECTED);
		fleet.getHosts().add(host);
		VirtualMachine vm = FACTORY.createVirtualMachine();
		vm.setUuid("49508238-55c0-45a4-b6e5-0f3c1b2a9d11");
		Label label = FACTORY.createLabel();
		label.setUuidHash(new byte[] { 1, 2, (byte) 0xff });
		label.setVerification(VerificationState.VALID);
		vm.setLabel(label);
		host.getVirtualMachines().add(vm);

		Resource out = newResource();
		out.getContents().add(fleet);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		out.save(bytes, Map.of());

		Resource in = newResource();
		in.load(new ByteArrayInputStream(bytes.toByteArray()), Map.of());
		Fleet loaded = (Fleet) in.getContents().get(0);
		Host loadedHost = loaded.getHosts().get(0);
		assertEquals("compute-01", loadedHost.getName());
		assertEquals(ConnectionState.UNKNOWN, loadedHost.getConnectionState(), "connection state is not persisted");
		Label loadedLabel = loadedHost.getVirtualMachines().get(0).getLabel();
		assertArrayEquals(new byte[] { 1, 2, (byte) 0xff }, loadedLabel.getUuidHash());
		assertEquals(VerificationState.UNVERIFIED, loadedLabel.getVerification(),
				"a verdict is recomputed by the console, never read back from disk");
	}

	@Test
	void validatorRefusesRegistersAndStepsOutOfRange() {
		TrailRegister register = FACTORY.createTrailRegister();
		register.setIndex(40);
		Diagnostic registerDiagnostic = Diagnostician.INSTANCE.validate(register);
		assertEquals(Diagnostic.ERROR, registerDiagnostic.getSeverity());

		register.setIndex(31);
		assertEquals(Diagnostic.OK, Diagnostician.INSTANCE.validate(register).getSeverity());

		MigrationStep step = FACTORY.createMigrationStep();
		step.setNumber(21);
		BasicDiagnostic stepDiagnostic = new BasicDiagnostic();
		assertFalse(Diagnostician.INSTANCE.validate(step, stepDiagnostic));
	}

	@Test
	void attestationReportPointsBackToItsHost() {
		Host host = FACTORY.createHost();
		AttestationReport report = FACTORY.createAttestationReport();
		host.getAttestations().add(report);
		assertSame(host, report.getHost());
	}
}
