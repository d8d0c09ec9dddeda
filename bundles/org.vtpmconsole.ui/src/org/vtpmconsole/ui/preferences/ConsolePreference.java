package org.vtpmconsole.ui.preferences;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The console's settings: each with its key in the preference node {@value #NODE}, its default and the range a
 * user may choose from. The defaults live here rather than in a default scope, so a value is the same whether
 * or not a preference initializer has run.
 */
public enum ConsolePreference {

	/** How long the connection layer waits for an agent before it gives up (read by the client bundle). */
	CONNECTION_TIMEOUT("connectionTimeoutSeconds", "Connection &timeout:", "seconds", 10, 1, 600),
	/** After this long without contact a host counts as stale in the explorer. */
	STALE_THRESHOLD("staleThresholdSeconds", "Host is &stale after:", "seconds without contact", 300, 10, 86_400),
	/** Labels that expire within this window are shown as expiring. */
	LABEL_EXPIRY_WARNING("labelExpiryWarningDays", "Warn about labels &expiring within:", "days", 30, 1, 365);

	public static final String NODE = "org.vtpmconsole.ui";

	private final String key;
	private final String label;
	private final String unit;
	private final int defaultValue;
	private final int min;
	private final int max;

	ConsolePreference(String key, String label, String unit, int defaultValue, int min, int max) {
		this.key = key;
		this.label = label;
		this.unit = unit;
		this.defaultValue = defaultValue;
		this.min = min;
		this.max = max;
	}

	public static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}

	/** The stored value, or the default when none is stored. */
	public int value() {
		return Platform.getPreferencesService().getInt(NODE, key, defaultValue, null);
	}

	/** Stores and flushes the value; a value equal to the default is removed so later default changes apply. */
	public void store(int value) throws BackingStoreException {
		if (!accepts(value)) {
			throw new IllegalArgumentException(key + " must be between " + min + " and " + max + ": " + value);
		}
		if (value == defaultValue) {
			node().remove(key);
		} else {
			node().putInt(key, value);
		}
		node().flush();
	}

	/** @return null when the text is a usable value, otherwise what is wrong with it, short enough for a header */
	public String check(String text) {
		String plain = text.trim();
		if (plain.isEmpty()) {
			return plainLabel() + ": enter a number from " + min + " to " + max + ".";
		}
		try {
			int value = Integer.parseInt(plain);
			return accepts(value) ? null : plainLabel() + ": " + value + " is not from " + min + " to " + max + ".";
		} catch (NumberFormatException e) {
			return plainLabel() + ": '" + plain + "' is not a whole number.";
		}
	}

	public boolean accepts(int value) {
		return value >= min && value <= max;
	}

	public String key() {
		return key;
	}

	/** The field label, with its mnemonic. */
	public String label() {
		return label;
	}

	String plainLabel() {
		return label.replace("&", "").replaceAll(":$", "");
	}

	public String unit() {
		return unit;
	}

	public int defaultValue() {
		return defaultValue;
	}
}
