package org.vtpmconsole.ui.explorer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;

import org.vtpmconsole.model.ConnectionState;
import org.vtpmconsole.model.Host;
import org.vtpmconsole.model.Label;
import org.vtpmconsole.model.VerificationState;
import org.vtpmconsole.ui.preferences.ConsolePreference;

/**
 * Judges hosts and labels for the explorer's decorations, with the thresholds of the console's preferences and
 * the time of a clock. The model's verdicts are the console's own (decisions.md: verdicts are transient); this
 * class adds what follows from the time alone: a silent host goes stale, a label runs out.
 */
public final class FleetHealth {

	public enum HostHealth {
		/** never contacted in this session and no recent contact on record */
		UNKNOWN, CONNECTED, STALE, FAILED
	}

	public enum LabelHealth {
		UNVERIFIED, VALID, EXPIRING, INVALID
	}

	private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

	private final Duration staleAfter;
	private final Duration expiryWarning;
	private final Clock clock;

	public FleetHealth(Duration staleAfter, Duration expiryWarning, Clock clock) {
		this.staleAfter = staleAfter;
		this.expiryWarning = expiryWarning;
		this.clock = clock;
	}

	/** The rules as the user set them now, judged at the system clock's time. */
	public static FleetHealth fromPreferences() {
		return new FleetHealth(Duration.ofSeconds(ConsolePreference.STALE_THRESHOLD.value()),
				Duration.ofDays(ConsolePreference.LABEL_EXPIRY_WARNING.value()), Clock.systemDefaultZone());
	}

	public HostHealth of(Host host) {
		ConnectionState state = host.getConnectionState();
		if (state == ConnectionState.FAILED) {
			return HostHealth.FAILED;
		}
		if (state == ConnectionState.STALE || sinceLastContact(host).compareTo(staleAfter) > 0) {
			return HostHealth.STALE;
		}
		return state == ConnectionState.CONNECTED ? HostHealth.CONNECTED : HostHealth.UNKNOWN;
	}

	/** Time since the host's last contact; zero when there was none on record. */
	public Duration sinceLastContact(Host host) {
		Date last = host.getLastContact();
		return last == null ? Duration.ZERO : Duration.between(last.toInstant(), clock.instant());
	}

	public LabelHealth of(Label label) {
		Instant now = clock.instant();
		if (label.getVerification() == VerificationState.INVALID || isExpired(label, now)
				|| isNotYetValid(label, now)) {
			return LabelHealth.INVALID;
		}
		if (label.getVerification() == VerificationState.EXPIRING || (label.getNotAfter() != null
				&& Duration.between(now, label.getNotAfter().toInstant()).compareTo(expiryWarning) <= 0)) {
			return LabelHealth.EXPIRING;
		}
		return label.getVerification() == VerificationState.VALID ? LabelHealth.VALID : LabelHealth.UNVERIFIED;
	}

	/** A few words on why the label is judged as it is, short enough for a tree row; tooltips add the detail. */
	public String explain(Label label) {
		Instant now = clock.instant();
		if (isExpired(label, now)) {
			return "expired on " + day(label.getNotAfter());
		}
		if (isNotYetValid(label, now)) {
			return "not valid before " + day(label.getNotBefore());
		}
		if (label.getVerification() == VerificationState.INVALID) {
			return "invalid";
		}
		if (of(label) == LabelHealth.EXPIRING) {
			return label.getNotAfter() == null ? "expiring"
					: "expires " + relative(Duration.between(now, label.getNotAfter().toInstant())) + " ("
							+ day(label.getNotAfter()) + ")";
		}
		String until = label.getNotAfter() == null ? "" : " until " + day(label.getNotAfter());
		return (label.getVerification() == VerificationState.VALID ? "valid" : "not verified yet") + until;
	}

	private static boolean isExpired(Label label, Instant now) {
		return label.getNotAfter() != null && !now.isBefore(label.getNotAfter().toInstant());
	}

	private static boolean isNotYetValid(Label label, Instant now) {
		return label.getNotBefore() != null && now.isBefore(label.getNotBefore().toInstant());
	}

	String day(Date date) {
		return DAY.format(date.toInstant().atZone(clock.getZone()));
	}

	/** "in 3 days", "in 5 hours": how far away a moment in the future is, roughly. */
	static String relative(Duration ahead) {
		if (ahead.toDays() >= 2) {
			return "in " + ahead.toDays() + " days";
		}
		if (ahead.toHours() >= 2) {
			return "in " + ahead.toHours() + " hours";
		}
		return "in " + Math.max(1, ahead.toMinutes()) + " min";
	}

	/** "3 days", "5 h", "12 min", "40 s": how long ago something was, roughly. */
	static String elapsed(Duration ago) {
		if (ago.toDays() >= 2) {
			return ago.toDays() + " days";
		}
		if (ago.toHours() >= 2) {
			return ago.toHours() + " h";
		}
		if (ago.toMinutes() >= 2) {
			return ago.toMinutes() + " min";
		}
		return Math.max(0, ago.toSeconds()) + " s";
	}
}
