package org.vtpmconsole.ui.fleet;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.osgi.service.datalocation.Location;
import org.vtpmconsole.client.FleetModelWriter;
import org.vtpmconsole.client.FleetWriter;
import org.vtpmconsole.client.ModelThread;
import org.vtpmconsole.model.AuditEntry;
import org.vtpmconsole.model.AuditOutcome;
import org.vtpmconsole.model.Fleet;
import org.vtpmconsole.model.FleetFactory;
import org.vtpmconsole.model.Host;

/**
 * The console's fleet inventory: one {@link Fleet} per workspace, kept in {@code fleet.xmi} in the instance area so
 * that the hosts an administrator added are there at the next start. It owns the fleet's editing domain and its
 * writer: changes run on the model thread (the UI thread in the console) under the writer's lock.
 */
public final class XmiFleetRepository implements FleetRepository {

	static final String FILE_NAME = "fleet.xmi";

	private final ILog log = ILog.of(getClass());
	private final Resource resource;
	private final FleetWriter writer;
	private final AdapterFactoryEditingDomain domain;

	/** The workspace's inventory, written on {@code thread}. */
	public XmiFleetRepository(ModelThread thread) {
		this(defaultLocation(), thread);
	}

	/** @param file the inventory's file; null keeps it in memory */
	public XmiFleetRepository(Path file, ModelThread thread) {
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
		writer = new FleetModelWriter((Fleet) resource.getContents().get(0), thread);
		domain = new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack(),
				resources);
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

	@Override
	public Fleet fleet() {
		return writer.fleet();
	}

	@Override
	public <T> T write(Supplier<T> change) {
		return writer.write(change);
	}

	@Override
	public <T> T read(Supplier<T> query) {
		return writer.read(query);
	}

	@Override
	public EditingDomain editingDomain() {
		return domain;
	}

	@Override
	public Host addHost(String name, String address) {
		Host host = FleetFactory.eINSTANCE.createHost();
		host.setName(name);
		host.setAddress(address);
		AddCommand add = new AddCommand(domain, fleet().getHosts(), host);
		add.setLabel("Add Host " + name);
		execute(add);
		return host;
	}

	@Override
	public void removeHosts(Collection<Host> hosts) {
		List<Host> present = hosts.stream().filter(fleet().getHosts()::contains).toList();
		if (!present.isEmpty()) {
			execute(new RemoveHostsCommand(domain, fleet(), present));
		}
	}

	@Override
	public void execute(Command command) {
		update(() -> domain.getCommandStack().execute(command));
		save();
	}

	@Override
	public void undo() {
		update(domain.getCommandStack()::undo);
		save();
	}

	@Override
	public void redo() {
		update(domain.getCommandStack()::redo);
		save();
	}

	@Override
	public AuditEntry recordAudit(String user, String action, String target, AuditOutcome outcome, String detail) {
		AuditEntry entry = FleetFactory.eINSTANCE.createAuditEntry();
		entry.setTime(new Date());
		entry.setUser(user);
		entry.setAction(action);
		entry.setTarget(target);
		entry.setOutcome(outcome);
		entry.setDetail(detail);
		update(() -> fleet().getAuditLog().add(entry));
		save();
		return entry;
	}

	/** On the model thread, so no change runs while the resource is serialized. */
	@Override
	public void save() {
		if (!resource.getURI().isFile()) {
			return;
		}
		update(() -> {
			try {
				Files.createDirectories(Path.of(resource.getURI().toFileString()).getParent());
				resource.save(Map.of());
			} catch (IOException e) {
				log.error("The fleet inventory cannot be saved to " + resource.getURI().toFileString(), e);
			}
		});
	}
}
