package org.vtpmconsole.ui.labels;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.vtpmconsole.verify.labels.ApprovedQemu;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The console's own list of approved QEMU digests, from its preferences (node {@value #NODE}, key {@value #KEY}:
 * SHA-256 digests in hex, separated by spaces, commas or new lines), put into the application context as an
 * {@link ApprovedQemu} for the label editor and the fleet-wide verification, again whenever the preference changes.
 * A missing, empty or unreadable list approves nothing, so every label's QEMU check is "not checked": not valid.
 */
public final class ApprovedQemuAddon {

	public static final String NODE = "org.vtpmconsole.ui.labels";
	public static final String KEY = "approvedQemuDigests";

	private final ILog log = ILog.of(getClass());
	@Inject
	private MApplication application;
	@Inject
	private UISynchronize sync;

	private final IEclipsePreferences.IPreferenceChangeListener listener = event -> {
		if (KEY.equals(event.getKey())) {
			sync.asyncExec(this::publish);
		}
	};

	@PostConstruct
	void start() {
		node().addPreferenceChangeListener(listener);
		publish();
	}

	@PreDestroy
	void stop() {
		node().removePreferenceChangeListener(listener);
	}

	private void publish() {
		application.getContext().set(ApprovedQemu.class, read());
	}

	private ApprovedQemu read() {
		try {
			return ApprovedQemu.parse(node().get(KEY, ""));
		} catch (IllegalArgumentException e) {
			log.error("preference " + NODE + "/" + KEY + " is not a list of SHA-256 digests, so no QEMU counts as approved: "
					+ e.getMessage());
			return ApprovedQemu.NONE;
		}
	}

	private static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}
}
