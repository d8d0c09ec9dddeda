package org.vtpmconsole.client;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;

import org.vtpmconsole.model.Certificate;
import org.vtpmconsole.model.CertificateRole;
import org.vtpmconsole.model.FleetFactory;
import org.vtpmconsole.pki.Roles;
import org.vtpmconsole.pki.TpmNames;
import org.vtpmconsole.protocol.agent.HostCertificates;

/**
 * A host's enrolled certificates as the fleet model holds them. The displayed fields are decoded from the DER here,
 * never taken from the agent; whether a certificate is valid is for the chain check of whoever uses it.
 */
final class EnrolledCertificates {

	private EnrolledCertificates() {
	}

	/** Whether the model already holds exactly these certificates, in this order (then nothing is replaced). */
	static boolean same(List<Certificate> held, List<HostCertificates.Enrolled> reported) {
		if (held.size() != reported.size()) {
			return false;
		}
		for (int i = 0; i < held.size(); i++) {
			if (!Arrays.equals(held.get(i).getEncoded(), reported.get(i).certificate())) {
				return false;
			}
		}
		return true;
	}

	static Certificate toModel(HostCertificates.Enrolled enrolled) {
		Certificate model = FleetFactory.eINSTANCE.createCertificate();
		byte[] der = enrolled.certificate();
		model.setEncoded(der);
		try {
			X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
					.generateCertificate(new ByteArrayInputStream(der));
			model.setSubject(certificate.getSubjectX500Principal().getName());
			model.setIssuer(certificate.getIssuerX500Principal().getName());
			model.setSerialNumber(certificate.getSerialNumber().toString(16));
			model.setRole(CertificateRole.get(Roles.of(certificate).name()));
			TpmNames.of(certificate).ifPresent(model::setTpmName);
			model.setNotBefore(certificate.getNotBefore());
			model.setNotAfter(certificate.getNotAfter());
		} catch (CertificateException | RuntimeException e) {
			// kept with its bytes: the certificate editor and the label checks say why it is unusable
			model.setSubject("(the " + enrolled.role() + " certificate does not parse: " + e.getMessage() + ")");
		}
		return model;
	}
}
