package org.vtpmconsole.ui.parts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.Test;
import org.vtpmconsole.model.Host;
import org.vtpmconsole.testing.ui.Screenshots;

/**
 * 1,000 hosts × 50 VMs in the explorer: prints how long the first paint, scrolling through all hosts, expanding
 * 100 of them and filtering take, into the test output and target/explorer-performance.txt. Asserts only a
 * generous ceiling, so a busy build machine does not fail the suite; the figures are what to look at.
 */
class FleetExplorerPerformanceTest extends WorkbenchTestSupport {

	private static final int HOSTS = 1_000;
	private static final int VMS_PER_HOST = 50;
	private static final long CEILING_MS = 10_000;
	private final List<String> report = new ArrayList<>();

	@Test
	void thousandHostsOfFiftyVmsOpenAndScrollQuickly() throws IOException {
		long start = System.nanoTime();
		List<Host> hosts = TestFleets.generated(HOSTS, VMS_PER_HOST);
		record("generate model (not UI)", start);

		FleetExplorerPart explorer = explorer();
		TreeViewer viewer = explorer.viewer();
		Tree tree = tree();

		start = System.nanoTime();
		onUi(() -> repository.fleet().getHosts().addAll(hosts));
		record("add to the observed fleet (content adapter on ~200k objects)", start);

		long firstPaint = onUi(() -> {
			long t0 = System.nanoTime();
			viewer.setInput(repository.fleet());
			paintNow(tree);
			return System.nanoTime() - t0;
		});
		figure("setInput to first paint", firstPaint);
		onUi(() -> Screenshots.save(display, "performance-fleet"));
		assertTrue(onUi(tree::getItemCount) == HOSTS, "all hosts in the tree");

		long[] slowestStep = new long[1];
		long scroll = onUi(() -> {
			long t0 = System.nanoTime();
			int page = Math.max(1, tree.getClientArea().height / tree.getItemHeight());
			for (int top = 0; top < HOSTS; top += page) {
				long step = System.nanoTime();
				tree.setTopItem(tree.getItem(top));
				paintNow(tree);
				slowestStep[0] = Math.max(slowestStep[0], System.nanoTime() - step);
			}
			return System.nanoTime() - t0;
		});
		figure("scroll through 1,000 hosts page by page", scroll);
		figure("  slowest page", slowestStep[0]);

		long expand = onUi(() -> {
			tree.setTopItem(tree.getItem(0));
			long t0 = System.nanoTime();
			for (int i = 0; i < 100; i++) {
				viewer.setExpandedState(hosts.get(i * 10), true);
			}
			paintNow(tree);
			return System.nanoTime() - t0;
		});
		figure("expand 100 hosts (50 VMs each)", expand);

		long scrollExpanded = onUi(() -> {
			long t0 = System.nanoTime();
			for (int i = 0; i < 100; i += 5) {
				tree.setTopItem(tree.getItem(i * 10));
				paintNow(tree);
			}
			return System.nanoTime() - t0;
		});
		figure("jump to 20 expanded hosts", scrollExpanded);
		onUi(() -> Screenshots.save(display, "performance-expanded"));

		Text filter = onUi(() -> (Text) find(mainShell, FleetExplorerPart.FILTER_ID));
		long filterTime = timeFilter(filter, "vm-0777-49", 1);
		figure("filter 50,000 VMs to one host (incl. 200 ms typing delay)", filterTime);
		onUi(() -> Screenshots.save(display, "performance-filtered"));
		long clearTime = timeFilter(filter, "", HOSTS);
		figure("clear the filter (incl. 200 ms typing delay)", clearTime);

		long refresh = onUi(() -> {
			long t0 = System.nanoTime();
			explorer.reload();
			paintNow(tree);
			return System.nanoTime() - t0;
		});
		figure("refresh with 100 hosts expanded", refresh);

		start = System.nanoTime();
		onUi(() -> {
			repository.fleet().getHosts().clear();
			return null;
		});
		record("remove all hosts", start);

		String text = String.join("\n", report);
		System.out.println("Fleet explorer, " + HOSTS + " hosts x " + VMS_PER_HOST + " VMs:\n" + text);
		Files.writeString(Path.of("target/explorer-performance.txt"), text + "\n");
		assertTrue(firstPaint < TimeUnit.MILLISECONDS.toNanos(CEILING_MS), text);
		assertTrue(scroll < TimeUnit.MILLISECONDS.toNanos(CEILING_MS), text);
		assertTrue(expand < TimeUnit.MILLISECONDS.toNanos(CEILING_MS), text);
	}

	/** Types into the filter and waits until the tree shows the expected number of hosts. */
	private long timeFilter(Text filter, String text, int expectedHosts) {
		long t0 = System.nanoTime();
		type(filter, text);
		waitFor("the filtered tree", () -> onUi(() -> {
			if (tree().getItemCount() != expectedHosts) {
				return null;
			}
			paintNow(tree());
			return true;
		}));
		return System.nanoTime() - t0;
	}

	/** Runs the event loop until the tree has painted its rows, so a figure includes the drawing. */
	private void paintNow(Tree tree) {
		boolean[] painted = new boolean[1];
		Listener onPaint = event -> painted[0] = true;
		tree.addListener(SWT.PaintItem, onPaint);
		try {
			tree.redraw();
			tree.update();
			long deadline = System.currentTimeMillis() + 2_000;
			while (!painted[0] && System.currentTimeMillis() < deadline) {
				if (!display.readAndDispatch()) {
					display.update();
				}
			}
		} finally {
			tree.removeListener(SWT.PaintItem, onPaint);
		}
	}

	private void record(String what, long startNanos) {
		figure(what, System.nanoTime() - startNanos);
	}

	private void figure(String what, long nanos) {
		report.add(String.format(Locale.ROOT, "%-62s %8.1f ms", what, nanos / 1e6));
	}
}
