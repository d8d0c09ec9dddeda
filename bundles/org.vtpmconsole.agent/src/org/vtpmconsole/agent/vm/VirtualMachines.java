package org.vtpmconsole.agent.vm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILog;
import org.vtpmconsole.agent.gateway.GatewayListener;
import org.vtpmconsole.agent.gateway.TpmTrafficObserver;
import org.vtpmconsole.agent.gateway.VtpmBinding;
import org.vtpmconsole.agent.gateway.VtpmGateway;
import org.vtpmconsole.agent.gateway.VtpmPcrReader;
import org.vtpmconsole.agent.process.Confinement;
import org.vtpmconsole.agent.process.ProcessIdentity;
import org.vtpmconsole.agent.swtpm.DirectVtpm;
import org.vtpmconsole.label.HostLabels;
import org.vtpmconsole.label.Label;
import org.vtpmconsole.label.LabelException;
import org.vtpmconsole.label.qcow2.Qcow2LabelStore;
import org.vtpmconsole.tpm.verify.PcrValues;

/**
 * The VMs of this host under one directory ({@code ROOT/UUID/}): create them whole or not at all, start and stop
 * them behind their vTPM gateways, and read a running guest's vPCRs through its gateway.
 */
public final class VirtualMachines implements AutoCloseable {
	private static final long QEMU_IMG_TIMEOUT_SECONDS = 60;
	private static final long GATEWAY_IDLE_MILLIS = 10_000;

	private final ILog log = ILog.of(getClass());
	private final Path root;
	private final HostLabels labels;
	private final QemuBuild qemu;
	private final List<byte[]> approvedQemu;
	private final Duration labelValidity;
	private final GatewayListener listener;
	private final Accelerator accelerator;
	private final Duration firstRequestTimeout;
	private final Optional<GuestKernel> guest;
	private final Map<UUID, VtpmGateway> gateways = new ConcurrentHashMap<>();
	private final Map<UUID, QemuProcess> running = new ConcurrentHashMap<>();
	private final StateKeyRotation rotation;
	private final VmIsolation isolation;

	/**
	 * VMs started with KVM when /dev/kvm is usable, TCG otherwise ({@link Accelerator#AUTO}), each under its own uids
	 * ({@link VmIsolation#defaults()}).
	 */
	public VirtualMachines(Path root, HostLabels labels, QemuBuild qemu, List<byte[]> approvedQemuDigests,
			Duration labelValidity, GatewayListener listener) throws IOException {
		this(root, labels, qemu, approvedQemuDigests, labelValidity, listener, Accelerator.AUTO);
	}

	/** VMs each under its own uids ({@link VmIsolation#defaults()}). */
	public VirtualMachines(Path root, HostLabels labels, QemuBuild qemu, List<byte[]> approvedQemuDigests,
			Duration labelValidity, GatewayListener listener, Accelerator accelerator) throws IOException {
		this(root, labels, qemu, approvedQemuDigests, labelValidity, listener, accelerator, VmIsolation.defaults(),
				VtpmGateway.DEFAULT_FIRST_REQUEST_TIMEOUT);
	}

	/**
	 * @param isolation           the uids the VMs' QEMUs and swtpms run under, and the tools that start them
	 * @param firstRequestTimeout how long a gateway connection may stay silent before it is closed
	 */
	public VirtualMachines(Path root, HostLabels labels, QemuBuild qemu, List<byte[]> approvedQemuDigests,
			Duration labelValidity, GatewayListener listener, Accelerator accelerator, VmIsolation isolation,
			Duration firstRequestTimeout) {
		this(root, labels, qemu, approvedQemuDigests, labelValidity, listener, accelerator, isolation,
				firstRequestTimeout, Optional.empty());
	}

	/** @param guest the kernel guest VMs boot ({@link VmBoot#GUEST}); without it only firmware VMs can be created */
	public VirtualMachines(Path root, HostLabels labels, QemuBuild qemu, List<byte[]> approvedQemuDigests,
			Duration labelValidity, GatewayListener listener, Accelerator accelerator, VmIsolation isolation,
			Duration firstRequestTimeout, Optional<GuestKernel> guest) {
		this.root = root.toAbsolutePath();
		this.isolation = isolation;
		this.guest = guest;
		this.firstRequestTimeout = firstRequestTimeout;
		this.accelerator = accelerator;
		this.labels = labels;
		this.qemu = qemu;
		this.approvedQemu = List.copyOf(approvedQemuDigests);
		this.labelValidity = labelValidity;
		this.listener = listener;
		this.rotation = new StateKeyRotation(labels, approvedQemu, this::confinement);
	}

	/**
	 * A new VM: UUID, qcow2 image, vTPM state encrypted from its first byte with a fresh state key, the key's check
	 * value beside it, and the label in the image. If any step fails, the VM's directory is removed again.
	 */
	public Vm create(String diskSize) throws IOException, LabelException {
		return create(diskSize, Optional.empty(), VmBoot.FIRMWARE);
	}

	/**
	 * As {@link #create(String)}, with a name for people kept in the VM's directory ({@link #name}) and what it boots.
	 *
	 * @throws IOException for a guest VM when this agent has no guest kernel (nothing is created)
	 */
	public Vm create(String diskSize, Optional<String> name, VmBoot boot) throws IOException, LabelException {
		if (boot == VmBoot.GUEST && guest.isEmpty()) {
			throw new IOException("this agent has no guest kernel: set vms.guest.kernel and vms.guest.initrd");
		}
		UUID uuid = UUID.randomUUID();
		Vm vm = new Vm(uuid, root.resolve(uuid.toString()));
		prepareRoot();
		Files.createDirectory(vm.dir(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		try {
			VmConfinement confinement = confinement(vm);
			confinement.prepare(vm);
			VmProperties.write(vm, name, boot);
			createImage(vm.image(), diskSize);
			confinement.qemu().ownFile(vm.image());
			VtpmBinding vtpm = vm.vtpm();
			try (HostLabels.Created created = labels.create(vm.uuid(), qemu.digest(), labelValidity)) {
				vtpm.writeCheckValue(created.stateKey().checkValue());
				// swtpm writes the first state with the key already set, so no byte of it is ever plaintext
				try (DirectVtpm initial = DirectVtpm.start(vtpm.stateDir(), vtpm.runDir(), created.stateKey(),
						confinement.swtpm())) {
					initial.control().config();
				}
				new Qcow2LabelStore().write(vm.image(), created.label());
			}
			log.info("created VM " + vm.uuid() + " in " + vm.dir());
			return vm;
		} catch (IOException | LabelException | RuntimeException e) {
			deleteRecursively(vm.dir());
			throw e;
		}
	}

	/** The name the VM was created with, if any. */
	public Optional<String> name(Vm vm) throws IOException {
		return VmProperties.name(vm);
	}

	/** Whether guest VMs can be created here (the agent has a guest kernel). */
	public boolean bootsGuests() {
		return guest.isPresent();
	}

	/** What the VM boots, as it was created. */
	public VmBoot boot(Vm vm) throws IOException {
		return VmProperties.boot(vm);
	}

	/** The VM with this UUID under the root directory. */
	public Vm vm(UUID uuid) throws IOException {
		Vm vm = new Vm(uuid, root.resolve(uuid.toString()));
		if (!Files.isRegularFile(vm.image())) {
			throw new IOException("no VM " + uuid + " under " + root);
		}
		return vm;
	}

	/**
	 * Every VM under the root directory, found from the directories themselves (a directory named by a UUID with an
	 * image in it), so a restarted agent knows the VMs its predecessor created.
	 */
	public List<Vm> list() throws IOException {
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		try (Stream<Path> dirs = Files.list(root)) {
			return dirs.map(dir -> vmIn(dir.getFileName().toString())).flatMap(Optional::stream)
					.filter(vm -> Files.isRegularFile(vm.image())).sorted(Comparator.comparing(vm -> vm.uuid().toString()))
					.toList();
		}
	}

	private Optional<Vm> vmIn(String dirName) {
		try {
			UUID uuid = UUID.fromString(dirName);
			return uuid.toString().equals(dirName) ? Optional.of(new Vm(uuid, root.resolve(dirName))) : Optional.empty();
		} catch (IllegalArgumentException notAVm) {
			return Optional.empty();
		}
	}

	/**
	 * Whether the VM's QEMU, started or adopted by this agent, is still running (a guest may also power itself off).
	 */
	public boolean isRunning(Vm vm) {
		return process(vm).isPresent();
	}

	/** The VM's running QEMU: started by this agent, or adopted from a killed one ({@link LeftoverProcesses}). */
	public Optional<QemuProcess> process(Vm vm) {
		return Optional.ofNullable(running.get(vm.uuid())).filter(QemuProcess::isAlive);
	}

	void adopt(Vm vm, QemuProcess process) {
		running.put(vm.uuid(), process);
	}

	/** The VM's gateway, opened on first use; it stays open across QEMU restarts. */
	public synchronized VtpmGateway gateway(Vm vm) throws IOException {
		VtpmGateway gateway = gateways.get(vm.uuid());
		if (gateway == null) {
			VmConfinement confinement = confinement(vm);
			confinement.prepare(vm);
			gateway = VtpmGateway.open(vm.vtpm(), labels, approvedQemu, listener, TpmTrafficObserver.NONE,
					confinement.qemu(), confinement.swtpm(), firstRequestTimeout);
			gateways.put(vm.uuid(), gateway);
			Optional<QemuProcess> adopted = process(vm);
			if (adopted.isPresent()) {
				// a QEMU adopted after an agent restart is still the VM's; QEMU 7.2 never reconnects, but no other may
				gateway.qemuStarted(adopted.get().pid(), qemuUid(confinement));
			}
		}
		return gateway;
	}

	/** Starts QEMU for the VM behind its gateway; throws with QEMU's words if it does not come up. */
	public QemuProcess start(Vm vm) throws IOException {
		if (isRunning(vm)) {
			throw new IOException("VM " + vm.uuid() + " is already running");
		}
		VmConfinement confinement = confinement(vm);
		confinement.prepare(vm);
		recoverStateKeyRotation(vm);
		Optional<GuestKernel> kernel = guestKernelOf(vm);
		String chosen = kernel.isPresent() ? GuestKernel.ACCELERATOR : accelerator.choose();
		VtpmGateway gateway = gateway(vm);
		Confinement qemuConfinement = chosen.equals(Accelerator.KVM_NAME)
				? confinement.qemu().withGroup(Accelerator.deviceGroup())
				: confinement.qemu();
		int qemuUid = qemuUid(confinement);
		gateway.expectQemu();
		QemuProcess process;
		try {
			QemuLaunch launch = QemuLaunch.of(qemu.executable(), chosen, vm, kernel);
			process = QemuProcess.start(launch, qemuConfinement, pid -> gateway.qemuStarted(pid, qemuUid));
			if (kernel.isPresent()) {
				privateConsole(launch, process);
			}
		} catch (IOException | RuntimeException e) {
			gateway.noQemu();
			throw e;
		}
		running.put(vm.uuid(), process);
		return process;
	}

	/** The guest kernel a guest VM boots; an error when the agent has none any more (its config lost the keys). */
	private Optional<GuestKernel> guestKernelOf(Vm vm) throws IOException {
		if (boot(vm) == VmBoot.FIRMWARE) {
			return Optional.empty();
		}
		if (guest.isEmpty()) {
			throw new IOException("VM " + vm.uuid() + " boots the guest kernel, but this agent has none: set "
					+ "vms.guest.kernel and vms.guest.initrd");
		}
		return guest;
	}

	/**
	 * Makes the guest's console socket the agent's alone (mode 600), whatever umask QEMU created it with; QEMU has
	 * created its sockets once QMP answers. A console that is missing or cannot be made private stops the VM.
	 */
	private static void privateConsole(QemuLaunch launch, QemuProcess process) throws IOException {
		try {
			Files.setPosixFilePermissions(launch.consoleSocket(), PosixFilePermissions.fromString("rw-------"));
		} catch (IOException e) {
			process.close();
			throw new IOException("the guest console " + launch.consoleSocket() + " could not be made private: "
					+ e.getMessage(), e);
		}
	}

	/**
	 * The uid the VM's QEMU runs as, which its gateway requires of the connection: the VM's own QEMU uid, or the
	 * agent's with the development setting {@code vms.uids=agent}.
	 */
	private static int qemuUid(VmConfinement confinement) throws IOException {
		Optional<ProcessIdentity> identity = confinement.qemu().identity();
		return identity.isPresent() ? identity.get().uid()
				: (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
	}

	/**
	 * The uids the VM's QEMU and swtpm run under, allocated on first use and recorded in the VM's directory
	 * ({@link VmUids}); under the agent's own uid with the development setting.
	 */
	synchronized VmConfinement confinement(Vm vm) throws IOException {
		if (isolation.uids().isEmpty()) {
			Confinement agent = Confinement.agentUid(isolation.tools());
			return new VmConfinement(agent, agent, Optional.empty());
		}
		prepareRoot();
		int qemuUid = isolation.uids().get().allocate(vm);
		return new VmConfinement(Confinement.as(isolation.tools(), VmUids.qemu(qemuUid)),
				Confinement.as(isolation.tools(), VmUids.swtpm(qemuUid)), Optional.of(qemuUid));
	}

	/**
	 * The VMs directory, 0711 (VM uids pass through, nobody lists it) with uids, 0700 without; with uids every
	 * directory above it must let others pass, or no QEMU could reach its image.
	 */
	private void prepareRoot() throws IOException {
		Files.createDirectories(root);
		if (isolation.uids().isEmpty()) {
			Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
			return;
		}
		Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx--x--x"));
		for (Path dir = root.getParent(); dir != null; dir = dir.getParent()) {
			if (!Files.getPosixFilePermissions(dir).contains(PosixFilePermission.OTHERS_EXECUTE)) {
				throw new IOException("the VMs directory " + root + " lies in " + dir + ", which other users may not "
						+ "pass through (mode " + PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))
						+ "), so no VM's QEMU could reach its image; give it o+x or choose another vms.dir");
			}
		}
	}

	/**
	 * Stops QEMU (QMP quit; QEMU shuts its vTPM down, which saves its state) and waits until the gateway has stopped
	 * swtpm, so the VM can be started again at once.
	 */
	public void stop(Vm vm) throws IOException {
		QemuProcess process = running.remove(vm.uuid());
		if (process != null) {
			process.close();
		}
		VtpmGateway gateway = gateways.get(vm.uuid());
		if (gateway != null) {
			gateway.noQemu();
		}
		try {
			if (gateway != null && !gateway.awaitIdle(GATEWAY_IDLE_MILLIS)) {
				throw new IOException("the vTPM of VM " + vm.uuid() + " is still in use after QEMU stopped");
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while stopping VM " + vm.uuid(), e);
		}
	}

	/**
	 * Gives the stopped VM's vTPM a fresh state key (docs/gateway.md, "State-key rotation") and returns the new label,
	 * which keeps the binding and validity of {@code current}, the label in its image.
	 *
	 * @throws LabelException when {@code current} is not this host's valid LOCAL label of this vTPM; nothing changed
	 * @throws IOException    when the VM runs or the rotation fails; its message says whether anything changed
	 */
	public Label rotateStateKey(Vm vm, Label current) throws IOException, LabelException {
		if (isRunning(vm)) {
			throw new IOException("VM " + vm.uuid() + " is running; its vTPM state is in use");
		}
		return rotation.rotate(vm, current);
	}

	/**
	 * Settles a state-key rotation a crash interrupted, as the label in the image says: finishes it when that label
	 * opens the new state, discards it when it opens the old one. Runs before the vTPM is used; cheap when there is
	 * nothing to settle.
	 */
	public void recoverStateKeyRotation(Vm vm) throws IOException {
		rotation.recover(vm);
	}

	/** {@link #recoverStateKeyRotation} for every VM, at agent start; a VM it cannot settle is logged and left. */
	public void recoverStateKeyRotations() throws IOException {
		for (Vm vm : list()) {
			try {
				rotation.recover(vm);
			} catch (IOException e) {
				log.error("VM " + vm.uuid() + ": " + e.getMessage(), e);
			}
		}
	}

	/** SHA-1 and SHA-256 PCRs 0-23 of the running guest's vTPM, read between the guest's own commands. */
	public PcrValues pcrs(Vm vm) throws IOException {
		VtpmGateway gateway = gateways.get(vm.uuid());
		if (gateway == null) {
			throw new IOException("VM " + vm.uuid() + " is not running");
		}
		return VtpmPcrReader.readAll(gateway);
	}

	/**
	 * Stops every VM as {@link #stop} does, so each vTPM saves its state before its gateway closes (a QEMU without
	 * its gateway would have no vTPM), then closes the gateways.
	 */
	@Override
	public void close() {
		for (UUID uuid : new ArrayList<>(running.keySet())) {
			try {
				stop(new Vm(uuid, root.resolve(uuid.toString())));
			} catch (IOException e) {
				log.warn("VM " + uuid + " did not stop cleanly: " + e.getMessage());
			}
		}
		gateways.values().forEach(VtpmGateway::close);
		gateways.clear();
	}

	private void createImage(Path image, String size) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(isolation.tools().qemuImg().toString(), "create", "-q", "-f",
				"qcow2", image.toString(), size).redirectErrorStream(true);
		builder.environment().clear();
		Process process = builder.start();
		process.getOutputStream().close();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		try {
			if (!process.waitFor(QEMU_IMG_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IOException("qemu-img create did not finish in " + QEMU_IMG_TIMEOUT_SECONDS + " s");
			}
		} catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while creating " + image, e);
		}
		if (process.exitValue() != 0) {
			throw new IOException("qemu-img create " + image + " " + size + " failed: " + output);
		}
	}

	static void deleteRecursively(Path dir) {
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		} catch (IOException e) {
			// already gone
		}
	}
}
