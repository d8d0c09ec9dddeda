package org.vtpmconsole.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.prefs.BackingStoreException;
import org.vtpmconsole.testing.ui.Screenshots;
import org.vtpmconsole.ui.preferences.ConsolePreference;

class PreferencesUITest extends WorkbenchTestSupport {

	@AfterEach
	void restoreDefaults() throws BackingStoreException {
		ConsolePreference.node().clear();
		ConsolePreference.node().flush();
	}

	@Test
	void connectionsPageValidatesStoresAndTheExplorerFollows() {
		loadSample();
		assertTrue(rows().get(1).startsWith("compute-02") && rows().get(1).contains("stale"),
				"2 hours without contact is stale by the default of 5 minutes: " + rows());

		MenuItem preferences = mainMenuItem("Window", "Preferences");
		clickLater(preferences);
		Shell dialog = waitForShell("Preferences");
		Text stale = field(dialog, ConsolePreference.STALE_THRESHOLD);
		Button ok = onUi(() -> all(dialog, Button.class, b -> Integer.valueOf(IDialogConstants.OK_ID).equals(b.getData()))
				.get(0));
		assertEquals("300", onUi(stale::getText));
		onUi(() -> Screenshots.save(display, "preferences-connections"));

		type(stale, "soon");
		assertFalse(onUi(ok::isEnabled), "OK disabled for a word");
		assertTrue(onUi(() -> allText(dialog)).contains("'soon' is not a whole number"), onUi(() -> allText(dialog)));
		onUi(() -> Screenshots.save(display, "preferences-invalid"));
		type(stale, "5");
		assertFalse(onUi(ok::isEnabled), "OK disabled below the range");
		type(stale, "10800");
		assertTrue(onUi(ok::isEnabled));
		type(field(dialog, ConsolePreference.LABEL_EXPIRY_WARNING), "3");
		click(ok);

		assertEquals(10_800, ConsolePreference.STALE_THRESHOLD.value(), "stored");
		assertEquals(3, ConsolePreference.LABEL_EXPIRY_WARNING.value(), "stored");
		waitFor("compute-02 no longer stale, web-02's label no longer expiring", () -> {
			String compute02 = rows().get(1);
			String compute01 = rows().get(0);
			return !compute02.contains("stale") && !compute01.contains("expiring") ? true : null;
		});
	}

	private Text field(Shell dialog, ConsolePreference preference) {
		return onUi(() -> (Text) find(dialog, preference.key()));
	}
}
