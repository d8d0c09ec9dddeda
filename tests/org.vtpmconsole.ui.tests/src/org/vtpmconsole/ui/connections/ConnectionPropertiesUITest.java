package org.vtpmconsole.ui.connections;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vtpmconsole.testing.ui.Workbench.allText;
import static org.vtpmconsole.testing.ui.Workbench.find;
import static org.vtpmconsole.testing.ui.Workbench.waitFor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtpmconsole.client.ConnectJob;
import org.vtpmconsole.client.Connection;
import org.vtpmconsole.client.ConnectionKind;
import org.vtpmconsole.client.ConnectionRegistry;
import org.vtpmconsole.client.ConnectionState;
import org.vtpmconsole.model.AuditEntry;
import org.vtpmconsole.model.AuditOutcome;
import org.vtpmconsole.model.Host;
import org.vtpmconsole.testing.TestCa;
import org.vtpmconsole.testing.TestHostAgent;
import org.vtpmconsole.testing.ui.Workbench;
import org.vtpmconsole.ui.handlers.RemoveConnectionHandler;
import org.vtpmconsole.ui.handlers.RemoveHostHandler;
import org.vtpmconsole.ui.parts.AuditLogPart;
import org.vtpmconsole.ui.parts.FleetExplorerPart;

/**
 * An agent connection's life after the wizard, in the running console against a real agent (swtpm as host TPM) of a
 * real CA's fleet: its properties from the explorer's context menu (the wizard's pages), Cancel changing nothing,
 * a new name tested and applied, then Remove Connection taking the connection, its secure-storage entry and its host
 * with it. Secure storage here is the console's default one, so its master password goes through the real prompt.
 */
class ConnectionPropertiesUITest {

	private static final String HOST_NAME = "compute-01";
	private static final String NEW_NAME = "rack7-compute-01";
	private static final String EXPLORER_ID = "org.vtpmconsole.ui.part.fleetExplorer";
	/** What ui.certs puts into the application context for a CA session, by name (this bundle sees neither ui.certs nor verify). */
	private static final String CERTIFICATE_TRUST = "org.vtpmconsole.verify.CertificateTrust";
	private static final String CA_DIRECTORY = "org.vtpmconsole.ui.certs.CaDirectory";
	/** The default storage's master password in this test run (its file is in target/, see pom.xml). */
	static final String MASTER_PASSWORD = "ui-tests-master-password";

	@TempDir
	Path directory;
	private TestCa testCa;
	private TestHostAgent agent;
	private Workbench workbench;
	private ConsoleConnections connections;

	@BeforeEach
	void startFleet() throws Exception {
		workbench = Workbench.find();
		connections = workbench
				.onUi(() -> workbench.application.getContext().get(ConsoleConnections.class));
		testCa = new TestCa(directory.resolve("ca"));
		agent = TestHostAgent.start(testCa, directory.resolve("agent"), HOST_NAME);
		agent.client("admin").create("16M");
	}

	@AfterEach
	void stopFleet() throws Exception {
		Job.getJobManager().cancel(ConnectJob.FAMILY);
		workbench.onUi(() -> {
			for (Shell shell : workbench.display.getShells()) {
				if (shell != workbench.mainShell) {
					shell.close();
				}
			}
			return null;
		});
		for (Connection left : connections.registry().connections()) {
			connections.remove(left);
		}
		workbench.onUi(() -> {
			connections.fleet().removeHosts(List.copyOf(connections.fleet().fleet().getHosts()));
			return null;
		});
		agent.close();
		testCa.close();
	}

	@Test
	void propertiesRenameAndRemoveAnAgentConnection() throws Exception {
		Connection connection = addAgentConnection();
		Path registryFile = registryFile();
		byte[] registryBefore = Files.readAllBytes(registryFile);

		// Cancel: a changed name and URL, even a failed test of them, change nothing
		Shell dialog = openFromContextMenu(HOST_NAME, "Connection Properties", "Properties for ");
		workbench.onUi(() -> {
			Workbench.type(dialog, EndpointBlock.NAME_ID, "not-applied");
			Workbench.type(dialog, EndpointBlock.URL_ID, "https://127.0.0.1:1");
			return null;
		});
		showPage(dialog, "Identity");
		assertTrue(testConnection(dialog).startsWith("Failed"));
		assertEquals(ConnectionState.CONNECTED, connection.state(), "a failed test is the trial copy's");
		workbench.press(dialog, "Cancel");
		waitFor("the dialog closed", () -> workbench.onUi(() -> dialog.isDisposed() ? true : null));
		assertEquals(HOST_NAME, connection.name());
		assertEquals(agent.uri(), connection.uri());
		assertEquals(ConnectionState.CONNECTED, connection.state());
		assertArrayEquals(registryBefore, Files.readAllBytes(registryFile), "the registry file is untouched");
		assertEquals(HOST_NAME, hostRow().split(" ")[0]);

		// OK: a new name and another identity (the auditor's), tested, then applied and reconnected
		Shell properties = openFromContextMenu(HOST_NAME, "Connection Properties", "Properties for ");
		assertEquals("Properties for " + HOST_NAME, workbench.onUi(properties::getText));
		workbench.onUi(() -> {
			Workbench.type(properties, EndpointBlock.NAME_ID, NEW_NAME);
			return null;
		});
		workbench.onUi(() -> Workbench.screenshot(workbench.display, "connection-properties"));
		showPage(properties, "Identity");
		String description = workbench.onUi(() -> allText(properties));
		assertTrue(description.contains("Stored: admin.p12"), description);
		workbench.onUi(() -> {
			Workbench.type(properties, IdentityBlock.FILE_ID, testCa.identityFile("auditor").toString());
			Workbench.type(properties, IdentityBlock.PASSWORD_ID, new String(TestCa.PASSWORD));
			return null;
		});
		String result = testConnection(properties);
		assertTrue(result.startsWith("Connected as CN=olga") && result.contains("(auditor)"), result);
		assertEquals(HOST_NAME, connection.name(), "testing does not apply");
		workbench.onUi(() -> Workbench.screenshot(workbench.display, "connection-properties-tested"));
		workbench.press(properties, "Apply and Close");

		waitFor("the new name in the explorer", () -> hostRow().startsWith(NEW_NAME + " ") ? true : null);
		assertEquals(NEW_NAME, connection.name());
		Connection saved = new ConnectionRegistry(registryFile).find(connection.id()).orElseThrow();
		assertEquals(NEW_NAME, saved.name());
		assertEquals("auditor.p12", saved.identityLabel().orElseThrow());
		// the auditor's identity replaced the admin's in the connection's secure-storage node
		assertEquals("auditor", connections.manager().credentials().load(connection.id()).role().token());
		waitFor("reconnected", () -> connection.state() == ConnectionState.CONNECTED
				&& hostOf(connection).getConnectionState() == org.vtpmconsole.model.ConnectionState.CONNECTED ? true : null);
		AuditEntry change = audit("change connection");
		assertEquals("name " + HOST_NAME + " \u2192 " + NEW_NAME + "; identity auditor.p12", change.getDetail());

		// Remove Connection: the confirmation says what goes, then it is gone everywhere but in the audit log
		String node = "/org.vtpmconsole/connections/" + connection.id();
		assertTrue(SecurePreferencesFactory.getDefault().nodeExists(node));
		Shell confirm = openFromContextMenu(NEW_NAME, "Remove Connection", RemoveConnectionHandler.DIALOG_TITLE);
		assertEquals(RemoveConnectionHandler.DIALOG_TITLE, workbench.onUi(confirm::getText));
		String question = workbench.onUi(() -> allText(confirm));
		for (String named : List.of("Remove the connection '" + NEW_NAME + "'", "its client identity (auditor.p12)",
				"host '" + NEW_NAME + "' and its virtual machine", "The audit log keeps its entries")) {
			assertTrue(question.contains(named), named + " in: " + question);
		}
		workbench.onUi(() -> Workbench.screenshot(workbench.display, "remove-connection-confirm"));
		workbench.press(confirm, "Remove");

		waitFor("the host gone from the explorer", () -> workbench.onUi(() -> {
			Tree tree = (Tree) find(workbench.mainShell, FleetExplorerPart.TREE_ID);
			return connections.fleet().fleet().getHosts().isEmpty() && (tree.isDisposed() || !tree.isVisible()
					|| tree.getItemCount() == 0) ? true : null;
		}));
		assertTrue(connections.registry().connections().isEmpty());
		String registryText = Files.readString(registryFile, StandardCharsets.UTF_8);
		for (String trace : List.of(connection.id(), NEW_NAME, agent.uri().toString(), "auditor.p12")) {
			assertFalse(registryText.contains(trace), trace + " left in " + registryText);
		}
		assertFalse(SecurePreferencesFactory.getDefault().nodeExists(node), "the secure-storage node is gone");
		assertFalse(Files.readString(keyringFile(), StandardCharsets.ISO_8859_1).contains(connection.id()),
				"and gone from the storage file");
		AuditEntry removal = audit("remove connection");
		assertEquals(AuditOutcome.SUCCESS, removal.getOutcome());
		assertTrue(removal.getUser().contains("CN=olga"), removal.getUser());
		assertNotNull(audit("change connection"), "earlier entries stay");

		workbench.runMenu("Window", "Audit Log");
		waitFor("the removal at the top of the Audit Log view", () -> workbench.onUi(() -> {
			MPart log = workbench.window.getContext().get(EPartService.class).findPart(AuditLogPart.DESCRIPTOR_ID);
			Table table = log == null || !(log.getWidget() instanceof Composite root) ? null
					: (Table) find(root, AuditLogPart.TABLE_ID);
			return table != null && table.getItemCount() > 0 && table.getItem(0).getText(2).equals("remove connection")
					? true : null;
		}));
	}

	/** Adds the agent connection and waits for its host and VM in the explorer. */
	private Connection addAgentConnection() {
		Connection connection = addConnection(ConnectionKind.AGENT, HOST_NAME, agent.uri().toString());
		waitFor("the host with its VM in the explorer", () -> hostRow().startsWith(HOST_NAME + " ")
				&& workbench.onUi(() -> hostOf(connection).getVirtualMachines().size()) == 1 ? true : null);
		return connection;
	}

	/**
	 * Adds a connection the way the wizard's Finish does (its draft, on the UI thread), answering the master
	 * password prompt when this is the session's first use of secure storage, and the trust prompt of first contact.
	 */
	private Connection addConnection(ConnectionKind kind, String name, String url) {
		ConnectionDraft draft = ConnectionDraft.create(connections);
		draft.kind = kind;
		draft.name = name;
		draft.url = url;
		draft.identityFile = testCa.identityFile("admin");
		draft.password = TestCa.PASSWORD.clone();
		workbench.display.asyncExec(() -> {
			try {
				draft.apply();
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		boolean asked = waitFor("the connection registered or the master password asked", () -> {
			if (!connections.registry().connections().isEmpty()) {
				return false;
			}
			return workbench.onUi(() -> Arrays.stream(workbench.display.getShells())
					.anyMatch(s -> s.isVisible() && SecureStoragePrompt.TITLE.equals(s.getText()))) ? true : null;
		});
		if (asked) {
			Shell prompt = SecureStoragePrompt.await(workbench, null);
			SecureStoragePrompt.type(workbench, prompt, MASTER_PASSWORD);
			workbench.press(prompt, "OK");
		}
		workbench.press(workbench.shell("Certificate Trust"), "Trust");
		return waitFor(name + " connected", () -> connections.registry().connections().stream()
				.filter(c -> c.kind() == kind && c.state() == ConnectionState.CONNECTED).findFirst().orElse(null));
	}

	@Test
	void fleetCaConnectionMenuOpensTheCaConnectionsProperties() throws Exception {
		Connection ca = addConnection(ConnectionKind.CA, "Fleet CA", testCa.uri().toString());
		workbench.runMenu("Fleet", "Fleet CA Connection");
		Shell properties = workbench.shell("Properties for Fleet CA");
		String shown = workbench.onUi(() -> allText(properties));
		assertTrue(shown.contains(testCa.uri().toString()), shown);
		workbench.press(properties, "Cancel");
		waitFor("the dialog closed", () -> workbench.onUi(() -> properties.isDisposed() ? true : null));
		assertEquals("Fleet CA", ca.name());
	}

	@Test
	void removingTheFleetCaConnectionTakesItsTrustAndDirectoryAway() throws Exception {
		Connection ca = addConnection(ConnectionKind.CA, "Fleet CA", testCa.uri().toString());
		waitFor("the CA's trust in the context", () -> workbench.onUi(
				() -> workbench.application.getContext().get(CERTIFICATE_TRUST)));
		String node = "/org.vtpmconsole/connections/" + ca.id();
		assertTrue(SecurePreferencesFactory.getDefault().nodeExists(node));

		workbench.display.asyncExec(() -> workbench.runMenu("Fleet", "Remove Fleet CA Connection"));
		Shell confirm = workbench.shell(RemoveConnectionHandler.DIALOG_TITLE);
		String question = workbench.onUi(() -> allText(confirm));
		assertTrue(question.contains("the fleet root and CRL from this CA"), question);
		workbench.onUi(() -> Workbench.screenshot(workbench.display, "remove-ca-connection-confirm"));
		workbench.press(confirm, "Remove");

		waitFor("the CA's trust gone from the context", () -> workbench.onUi(
				() -> workbench.application.getContext().get(CERTIFICATE_TRUST) == null
						&& workbench.application.getContext().get(CA_DIRECTORY) == null ? true : null));
		assertTrue(connections.registry().ca().isEmpty());
		assertTrue(connections.caSession().isEmpty());
		assertFalse(SecurePreferencesFactory.getDefault().nodeExists(node));
		assertEquals(AuditOutcome.SUCCESS, audit("remove connection").getOutcome());
	}

	@Test
	void removeHostOfAnAgentConnectionRemovesTheConnectionAndItsIdentity() throws Exception {
		Connection connection = addAgentConnection();
		String node = "/org.vtpmconsole/connections/" + connection.id();

		Shell confirm = openFromContextMenu(HOST_NAME, "Remove Host", RemoveHostHandler.DIALOG_TITLE);
		String question = workbench.onUi(() -> allText(confirm));
		assertTrue(question.contains("The agent connection " + HOST_NAME + " and the client identity stored for it"),
				question);
		workbench.press(confirm, "Remove");

		waitFor("the host gone", () -> workbench.onUi(() -> connections.fleet().fleet().getHosts().isEmpty()) ? true : null);
		assertTrue(connections.registry().connections().isEmpty(), "a refresh cannot bring the host back");
		assertFalse(SecurePreferencesFactory.getDefault().nodeExists(node));
		assertEquals(AuditOutcome.SUCCESS, audit("remove connection").getOutcome());
	}

	/** Presses Test Connection on the Identity page and waits for its verdict. */
	private String testConnection(Shell dialog) {
		workbench.display.asyncExec(() -> find(dialog, IdentityBlock.TEST_ID).notifyListeners(SWT.Selection, new Event()));
		return waitFor("the test result", () -> workbench.onUi(() -> {
			String text = ((Label) find(dialog, IdentityBlock.RESULT_ID)).getText();
			return text.startsWith("Connected") || text.startsWith("Failed") ? text : null;
		}));
	}

	/** Selects the host's row in the explorer and chooses a context-menu item; returns the window it opens. */
	private Shell openFromContextMenu(String hostName, String item, String windowTitle) {
		MenuItem found = workbench.onUi(() -> {
			EModelService models = workbench.window.getContext().get(EModelService.class);
			MPart explorer = (MPart) models.find(EXPLORER_ID, workbench.window);
			workbench.window.getContext().get(EPartService.class).activate(explorer);
			Tree tree = (Tree) find(workbench.mainShell, FleetExplorerPart.TREE_ID);
			TreeItem row = Arrays.stream(tree.getItems()).filter(i -> i.getText().startsWith(hostName + " ")).findFirst()
					.orElseThrow(() -> new AssertionError("no row for " + hostName));
			tree.setFocus();
			tree.setSelection(row);
			tree.notifyListeners(SWT.Selection, new Event());
			Menu popup = tree.getMenu();
			popup.notifyListeners(SWT.Show, new Event());
			return Arrays.stream(popup.getItems()).filter(m -> m.getText().replace("&", "").startsWith(item)).findFirst()
					.orElseThrow(() -> new AssertionError("no context-menu item " + item));
		});
		assertTrue(workbench.onUi(found::isEnabled), item + " is enabled for a host with an agent connection");
		workbench.display.asyncExec(() -> found.notifyListeners(SWT.Selection, new Event()));
		return waitFor("the window of " + item, () -> workbench.onUi(() -> {
			for (Shell shell : workbench.display.getShells()) {
				if (shell != workbench.mainShell && shell.isVisible() && shell.getText().startsWith(windowTitle)) {
					return shell;
				}
			}
			return null;
		}));
	}

	/** Shows a page of the properties dialog by its node in the dialog's page tree. */
	private void showPage(Shell dialog, String title) {
		workbench.onUi(() -> {
			Tree pages = Workbench.first(dialog, Tree.class);
			TreeItem page = Arrays.stream(pages.getItems()).filter(i -> i.getText().equals(title)).findFirst().orElseThrow();
			pages.setSelection(page);
			pages.notifyListeners(SWT.Selection, new Event());
			return null;
		});
		waitFor("the " + title + " page", () -> workbench.onUi(() -> find(dialog, IdentityBlock.TEST_ID) != null
				&& find(dialog, IdentityBlock.TEST_ID).isVisible() ? true : null));
	}

	private String hostRow() {
		return workbench.onUi(() -> {
			Tree tree = (Tree) find(workbench.mainShell, FleetExplorerPart.TREE_ID);
			return tree.getItemCount() == 0 ? "" : tree.getItem(0).getText();
		});
	}

	private Host hostOf(Connection connection) {
		return connections.fleet().fleet().getHosts().stream().filter(connection::isAgentOf).findFirst().orElseThrow();
	}

	private AuditEntry audit(String action) {
		return workbench.onUi(() -> connections.fleet().fleet().getAuditLog().stream()
				.filter(entry -> action.equals(entry.getAction())).reduce((first, last) -> last).orElse(null));
	}

	private static Path registryFile() throws Exception {
		return Path.of(Platform.getInstanceLocation().getURL().toURI()).resolve(ConnectionRegistry.FILE_NAME);
	}

	/** The default storage's file: {@code -eclipse.keyring} on the command line (pom.xml). */
	private static Path keyringFile() {
		List<String> arguments = Arrays.asList(Platform.getApplicationArgs());
		int at = arguments.indexOf("-eclipse.keyring");
		assertTrue(at >= 0 && at + 1 < arguments.size(), "the test runs with -eclipse.keyring: " + arguments);
		return Path.of(arguments.get(at + 1));
	}
}
