package org.vtpmconsole.ui.fleet;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Date;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.osgi.service.datalocation.Location;
import org.vtpmconsole.model.AuditEntry;
import org.vtpmconsole.model.AuditOutcome;
import org.vtpmconsole.model.Fleet;
import org.vtpmconsole.model.Host;
import org.vtpmconsole.model.FleetFactory;

import jakarta.inject.Singleton;

/**
 * The console's fleet inventory: one {@link Fleet} per workspace, kept in {@code fleet.xmi} in the instance
 * area so that the hosts an administrator added are there at the next start.
 */
@Creatable
@Singleton
public class FleetRepository {

	static final String FILE_NAME = "fleet.xmi";

	private final ILog log = ILog.of(getClass());
	private final Resource resource;

	public FleetRepository() {
		this(defaultLocation());
	}

	FleetRepository(Path file) {
		ResourceSetImpl resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		URI uri = file == null ? URI.createURI("memory:/" + FILE_NAME) : URI.createFileURI(file.toString());
		resource = resources.createResource(uri);
		if (file != null && Files.isRegularFile(file)) {
			try {
				resource.load(Map.of());
			} catch (IOException | RuntimeException e) {
				// a damaged inventory must not stop the console; keep the file for the administrator
				log.error("The fleet inventory " + file + " cannot be read; starting with an empty fleet", e);
				resource.getContents().clear();
			}
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Fleet)) {
			Fleet fleet = FleetFactory.eINSTANCE.createFleet();
			fleet.setName("fleet");
			resource.getContents().add(fleet);
		}
	}

	private static Path defaultLocation() {
		Location instance = Platform.getInstanceLocation();
		if (instance == null || instance.getURL() == null) {
			return null;
		}
		try {
			return Path.of(instance.getURL().toURI()).resolve(FILE_NAME);
		} catch (URISyntaxException | IllegalArgumentException e) {
			return Path.of(instance.getURL().getPath()).resolve(FILE_NAME);
		}
	}

	public Fleet fleet() {
		return (Fleet) resource.getContents().get(0);
	}

	/** Adds a host and writes the inventory; the host is in the fleet even if the write fails. */
	public Host addHost(String name, String address) {
		Host host = FleetFactory.eINSTANCE.createHost();
		host.setName(name);
		host.setAddress(address);
		fleet().getHosts().add(host);
		save();
		return host;
	}

	/** Removes hosts from the fleet and writes the inventory; nothing changes on the hosts themselves. */
	public void removeHosts(Collection<Host> hosts) {
		fleet().getHosts().removeAll(hosts);
		save();
	}

	/**
	 * Records a change made from the console in the fleet's audit log and writes it: who (the user's certificate
	 * subject), what, on which target, when, how it ended. Any thread: the model is only appended to.
	 */
	public synchronized AuditEntry recordAudit(String user, String action, String target, AuditOutcome outcome,
			String detail) {
		AuditEntry entry = FleetFactory.eINSTANCE.createAuditEntry();
		entry.setTime(new Date());
		entry.setUser(user);
		entry.setAction(action);
		entry.setTarget(target);
		entry.setOutcome(outcome);
		entry.setDetail(detail);
		fleet().getAuditLog().add(entry);
		save();
		return entry;
	}

	public synchronized void save() {
		if (!resource.getURI().isFile()) {
			return;
		}
		try {
			Files.createDirectories(Path.of(resource.getURI().toFileString()).getParent());
			resource.save(Map.of());
		} catch (IOException e) {
			log.error("The fleet inventory cannot be saved to " + resource.getURI().toFileString(), e);
		}
	}
}
