package org.vtpmconsole.ui.explorer;

import java.text.DateFormat;
import java.util.Date;

import org.eclipse.jface.viewers.StyledCellLabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.StyledString.Styler;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.TextStyle;
import org.vtpmconsole.model.Certificate;
import org.vtpmconsole.model.Host;
import org.vtpmconsole.model.Label;
import org.vtpmconsole.model.RunState;
import org.vtpmconsole.model.Snapshot;
import org.vtpmconsole.model.VTpm;
import org.vtpmconsole.model.VirtualMachine;
import org.vtpmconsole.ui.explorer.ExplorerIcons.Badge;
import org.vtpmconsole.ui.explorer.ExplorerIcons.Shape;
import org.vtpmconsole.ui.explorer.FleetHealth.HostHealth;
import org.vtpmconsole.ui.explorer.FleetHealth.LabelHealth;
import org.vtpmconsole.ui.fleet.FleetNames;

/**
 * Text, icon, state decoration and tooltip of every explorer row. The element's name is plain; what the console
 * knows about it follows in grey, and what needs attention (stale or failed host, invalid or expiring label)
 * in amber or red, so a scan down the tree finds the problems.
 */
public final class FleetLabelProvider extends StyledCellLabelProvider {

	private static final Styler QUALIFIER = foreground(new Color(0x6E, 0x6E, 0x6E));
	private static final Styler WARNING = foreground(new Color(0xA8, 0x5A, 0x00));
	private static final Styler ERROR = foreground(new Color(0xC0, 0x1C, 0x28));

	private final ExplorerIcons icons;
	private FleetHealth health;

	public FleetLabelProvider(ExplorerIcons icons, FleetHealth health) {
		this.icons = icons;
		this.health = health;
	}

	/** New thresholds or a new "now"; the caller refreshes the viewer. */
	public void setHealth(FleetHealth health) {
		this.health = health;
	}

	@Override
	public void update(ViewerCell cell) {
		Object element = cell.getElement();
		StyledString text = text(element);
		cell.setText(text.getString());
		cell.setStyleRanges(text.getStyleRanges());
		cell.setImage(image(element));
		super.update(cell);
	}

	StyledString text(Object element) {
		if (element instanceof Host host) {
			return hostText(host);
		}
		if (element instanceof VirtualMachine vm) {
			return vmText(vm);
		}
		if (element instanceof Label label) {
			LabelHealth judged = health.of(label);
			return new StyledString("Label").append("  " + health.explain(label), styler(judged));
		}
		if (element instanceof VTpm vtpm) {
			if (vtpm.isLost()) {
				return new StyledString("vTPM").append("  lost with the previous agent: stop and start the VM", ERROR);
			}
			String banks = vtpm.getPcrBanks().isEmpty() ? "" : ", " + String.join(" + ", vtpm.getPcrBanks());
			return new StyledString("vTPM").append("  " + (vtpm.isRunning() ? "running" : "not running") + banks,
					QUALIFIER);
		}
		if (element instanceof Folder folder) {
			int count = folder.children().size();
			return new StyledString(folder.title()).append("  (" + (count == 0 ? "none" : count) + ")",
					QUALIFIER);
		}
		if (element instanceof Snapshot snapshot) {
			StyledString text = new StyledString(FleetNames.name(snapshot));
			return snapshot.getTakenAt() == null ? text
					: text.append("  " + format(snapshot.getTakenAt()), QUALIFIER);
		}
		if (element instanceof Certificate certificate) {
			return certificateText(certificate);
		}
		return new StyledString(String.valueOf(element));
	}

	private StyledString hostText(Host host) {
		StyledString text = new StyledString(host.getName()).append("  (" + host.getAddress() + ")", QUALIFIER);
		switch (health.of(host)) {
		case STALE -> text.append("  stale" + (host.getLastContact() == null ? ""
				: " (" + FleetHealth.elapsed(health.sinceLastContact(host)) + ")"), WARNING);
		case FAILED -> text.append("  unreachable", ERROR);
		default -> {
			// connected and not yet contacted hosts carry their state in the icon only
		}
		}
		int invalid = 0;
		int expiring = 0;
		for (VirtualMachine vm : host.getVirtualMachines()) {
			LabelHealth judged = vm.getLabel() == null ? LabelHealth.UNVERIFIED : health.of(vm.getLabel());
			invalid += judged == LabelHealth.INVALID ? 1 : 0;
			expiring += judged == LabelHealth.EXPIRING ? 1 : 0;
		}
		if (invalid > 0) {
			text.append("  " + invalid + (invalid == 1 ? " invalid label" : " invalid labels"), ERROR);
		}
		if (expiring > 0) {
			text.append("  " + expiring + " expiring", WARNING);
		}
		return text;
	}

	private StyledString vmText(VirtualMachine vm) {
		StyledString text = new StyledString(FleetNames.name(vm));
		if (vm.getRunState() != RunState.UNKNOWN) {
			text.append("  " + vm.getRunState().getLiteral().toLowerCase()
					+ (vm.getAccelerator() == null ? "" : " (" + vm.getAccelerator() + ")"), QUALIFIER);
		}
		if (vm.getVtpm() != null && vm.getVtpm().isLost()) {
			text.append("  vTPM lost", ERROR);
		}
		if (vm.getLabel() != null) {
			LabelHealth judged = health.of(vm.getLabel());
			if (judged == LabelHealth.INVALID || judged == LabelHealth.EXPIRING) {
				text.append("  label " + health.explain(vm.getLabel()), styler(judged));
			}
		}
		return text;
	}

	private StyledString certificateText(Certificate certificate) {
		StyledString text = new StyledString(FleetNames.name(certificate));
		if (certificate.getSubject() != null) {
			text.append("  " + certificate.getSubject(), QUALIFIER);
		}
		if (certificate.isRevoked()) {
			text.append("  revoked", ERROR);
		} else if (certificate.getNotAfter() != null && certificate.getNotAfter().before(new Date())) {
			text.append("  expired", ERROR);
		}
		return text;
	}

	Image image(Object element) {
		if (element instanceof Host host) {
			return icons.get(Shape.HOST, switch (health.of(host)) {
			case CONNECTED -> Badge.OK;
			case STALE -> Badge.WARNING;
			case FAILED -> Badge.ERROR;
			case UNKNOWN -> Badge.NONE;
			});
		}
		if (element instanceof VirtualMachine vm) {
			return icons.get(Shape.VM, switch (vm.getRunState()) {
			case RUNNING -> Badge.RUNNING;
			case PAUSED -> Badge.PAUSED;
			case STOPPED -> Badge.STOPPED;
			case MIGRATING -> Badge.MIGRATING;
			case UNKNOWN -> Badge.NONE;
			});
		}
		if (element instanceof Label label) {
			return icons.get(Shape.LABEL, switch (health.of(label)) {
			case VALID -> Badge.OK;
			case EXPIRING -> Badge.WARNING;
			case INVALID -> Badge.ERROR;
			case UNVERIFIED -> Badge.NONE;
			});
		}
		if (element instanceof VTpm vtpm) {
			return icons.get(Shape.VTPM, vtpm.isLost() ? Badge.ERROR : vtpm.isRunning() ? Badge.RUNNING : Badge.NONE);
		}
		if (element instanceof Folder) {
			return icons.get(Shape.FOLDER);
		}
		if (element instanceof Snapshot) {
			return icons.get(Shape.SNAPSHOT);
		}
		if (element instanceof Certificate certificate) {
			return icons.get(Shape.CERTIFICATE, certificate.isRevoked() ? Badge.ERROR : Badge.NONE);
		}
		return null;
	}

	@Override
	public String getToolTipText(Object element) {
		if (element instanceof Host host) {
			StringBuilder tip = new StringBuilder(host.getName()).append("\nAgent: ").append(host.getAddress());
			tip.append("\nConnection: ").append(switch (health.of(host)) {
			case CONNECTED -> "connected";
			case STALE -> "stale";
			case FAILED -> "failed";
			case UNKNOWN -> "not contacted yet";
			});
			if (host.getLastContact() != null) {
				tip.append("\nLast contact: ").append(format(host.getLastContact())).append(" (")
						.append(FleetHealth.elapsed(health.sinceLastContact(host))).append(" ago)");
			}
			if (host.getFailureReason() != null && !host.getFailureReason().isBlank()) {
				tip.append("\nReason: ").append(host.getFailureReason());
			}
			return tip.toString();
		}
		if (element instanceof VirtualMachine vm) {
			return FleetNames.name(vm) + "\nUUID: " + vm.getUuid()
					+ (vm.getImagePath() == null ? "" : "\nImage: " + vm.getImagePath())
					+ (vm.getLabel() == null ? "\nNo label" : "\n" + labelToolTip(vm.getLabel()));
		}
		if (element instanceof Label label) {
			return labelToolTip(label);
		}
		return null;
	}

	private String labelToolTip(Label label) {
		String detail = label.getVerificationDetail();
		return "Label: " + health.explain(label) + (detail == null || detail.isBlank() ? "" : "\n" + detail);
	}

	private static Styler styler(LabelHealth judged) {
		return switch (judged) {
		case INVALID -> ERROR;
		case EXPIRING -> WARNING;
		default -> QUALIFIER;
		};
	}

	private static String format(Date date) {
		return DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT).format(date);
	}

	private static Styler foreground(Color color) {
		return new Styler() {
			@Override
			public void applyStyles(TextStyle style) {
				style.foreground = color;
			}
		};
	}
}
