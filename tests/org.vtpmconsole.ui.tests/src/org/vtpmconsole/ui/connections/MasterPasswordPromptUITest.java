package org.vtpmconsole.ui.connections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtpmconsole.client.ClientException;
import org.vtpmconsole.client.ClientIdentity;
import org.vtpmconsole.client.CredentialStore;
import org.vtpmconsole.testing.TestCa;
import org.vtpmconsole.testing.ui.Workbench;

/**
 * The console's own master-password prompt ({@link MasterPasswordProvider}, registered in plugin.xml) in the
 * running workbench, on a secure-storage file of the test's own: the first write asks the user to choose a password,
 * an identity is stored encrypted with it, and after reopening the storage a wrong password is refused (the prompt
 * comes back), the right one opens the identity, and Cancel opens nothing.
 */
class MasterPasswordPromptUITest {

	/** The provider's id: the plug-in's id and the extension's ({@code masterPassword} in plugin.xml). */
	private static final String PROVIDER = "org.vtpmconsole.ui.masterPassword";
	private static final String MASTER_PASSWORD = "vtpm-master-2026";
	private static final String CONNECTION_ID = "connection-under-test";

	@TempDir
	Path directory;
	private TestCa testCa;
	private Workbench workbench;
	private Path storageFile;

	@BeforeEach
	void start() throws Exception {
		workbench = Workbench.find();
		testCa = new TestCa(directory.resolve("ca"));
		storageFile = directory.resolve("secure_storage");
	}

	@AfterEach
	void stop() {
		workbench.onUi(() -> {
			for (Shell shell : workbench.display.getShells()) {
				if (shell != workbench.mainShell && SecureStoragePrompt.TITLE.equals(shell.getText())) {
					shell.close();
				}
			}
			return null;
		});
		testCa.close();
	}

	@Test
	void chosenMasterPasswordProtectsTheIdentityAndOnlyItOpensIt() throws Exception {
		CredentialStore first = new CredentialStore(open(storageFile.toUri().toURL()));
		byte[] pkcs12 = testCa.identity("admin");
		// identities are stored from a Job or a dialog; the prompt comes up on the UI thread either way
		CompletableFuture<ClientIdentity> stored = CompletableFuture
				.supplyAsync(() -> call(() -> first.store(CONNECTION_ID, pkcs12, TestCa.PASSWORD)));

		Shell choose = SecureStoragePrompt.await(workbench, null);
		assertTrue(workbench.onUi(() -> Workbench.allText(choose)).contains("Choose a master password"));
		SecureStoragePrompt.type(workbench, choose, "short");
		assertFalse(workbench.onUi(() -> okButton(choose).isEnabled()), "a password under 8 characters is refused");
		assertTrue(workbench.onUi(() -> Workbench.allText(choose)).contains("At least 8 characters"));
		SecureStoragePrompt.type(workbench, choose, MASTER_PASSWORD);
		workbench.onUi(() -> Workbench.screenshot(workbench.display, "master-password-choose"));
		workbench.press(choose, "OK");
		assertTrue(stored.get(20, TimeUnit.SECONDS).subject().contains("CN=alice"));

		String onDisk = Files.readString(storageFile, StandardCharsets.ISO_8859_1);
		assertTrue(onDisk.contains(CONNECTION_ID), "the identity is in the test's own storage file");
		assertFalse(onDisk.contains(new String(TestCa.PASSWORD)), "the identity's password is encrypted");
		assertFalse(onDisk.contains(MASTER_PASSWORD), "the master password is not stored");

		// another URL of the same file is a storage opened afresh, nothing cached: as in the next session
		CredentialStore reopened = new CredentialStore(open(sameFile("/./")));
		CompletableFuture<ClientIdentity> loaded = CompletableFuture
				.supplyAsync(() -> call(() -> reopened.load(CONNECTION_ID)));
		Shell ask = SecureStoragePrompt.await(workbench, null);
		assertTrue(workbench.onUi(() -> Workbench.allText(ask)).contains("Master password of the console's secure storage"));
		SecureStoragePrompt.type(workbench, ask, "not-the-master-password");
		workbench.press(ask, "OK");
		Shell askedAgain = SecureStoragePrompt.await(workbench, ask);
		assertFalse(loaded.isDone(), "a wrong master password opens nothing");
		SecureStoragePrompt.type(workbench, askedAgain, MASTER_PASSWORD);
		workbench.press(askedAgain, "OK");
		ClientIdentity identity = loaded.get(20, TimeUnit.SECONDS);
		assertTrue(identity.subject().contains("CN=alice"), identity.subject());
		assertEquals("admin", identity.role().token());

		CredentialStore cancelled = new CredentialStore(open(sameFile("/././")));
		CompletableFuture<ClientIdentity> refused = CompletableFuture
				.supplyAsync(() -> call(() -> cancelled.load(CONNECTION_ID)));
		workbench.press(SecureStoragePrompt.await(workbench, null), "Cancel");
		ExecutionException failure = assertThrows(ExecutionException.class, () -> refused.get(20, TimeUnit.SECONDS));
		assertTrue(failure.getCause().getCause() instanceof ClientException, String.valueOf(failure.getCause()));
		assertTrue(failure.getCause().getCause().getMessage().contains("cannot read the identity from secure storage"),
				failure.getCause().getCause().getMessage());
	}

	/** The storage with the console's prompt as the one way to its master password. */
	private static ISecurePreferences open(URL location) throws Exception {
		Map<String, Object> options = new HashMap<>();
		options.put(IProviderHints.REQUIRED_MODULE_ID, PROVIDER);
		options.put(IProviderHints.PROMPT_USER, Boolean.TRUE);
		return SecurePreferencesFactory.open(location, options);
	}

	private URL sameFile(String detour) throws Exception {
		return new URL("file", "", storageFile.getParent() + detour + storageFile.getFileName());
	}

	private static Button okButton(Shell shell) {
		return Workbench.all(shell, Button.class, b -> b.getText().replace("&", "").equals("OK")).get(0);
	}

	private interface Call<T> {
		T run() throws ClientException;
	}

	private static <T> T call(Call<T> call) {
		try {
			return call.run();
		} catch (ClientException e) {
			throw new IllegalStateException(e);
		}
	}
}
