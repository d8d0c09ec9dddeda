package org.vtpmconsole.ui.labels;

import static org.vtpmconsole.testing.ui.Workbench.waitFor;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.vtpmconsole.testing.ui.Workbench;
import org.vtpmconsole.verify.labels.ApprovedQemu;

/** The console's own approved QEMU list, set as an administrator sets it: the preference, then its effect awaited. */
final class ApprovedQemuPreference {

	private ApprovedQemuPreference() {
	}

	static void approve(Workbench workbench, byte[]... digests) throws Exception {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(ApprovedQemuAddon.NODE);
		node.put(ApprovedQemuAddon.KEY,
				Arrays.stream(digests).map(HexFormat.of()::formatHex).collect(Collectors.joining("\n")));
		node.flush();
		waitFor("the console's approved QEMU list in the context", () -> workbench.onUi(() -> {
			ApprovedQemu approved = workbench.application.getContext().get(ApprovedQemu.class);
			return approved != null && approved.digests().size() == digests.length ? approved : null;
		}));
	}

	static void clear(Workbench workbench) throws Exception {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(ApprovedQemuAddon.NODE);
		node.remove(ApprovedQemuAddon.KEY);
		node.flush();
		waitFor("no approved QEMU in the context", () -> workbench.onUi(() -> {
			ApprovedQemu approved = workbench.application.getContext().get(ApprovedQemu.class);
			return approved != null && approved.isEmpty() ? true : null;
		}));
	}
}
