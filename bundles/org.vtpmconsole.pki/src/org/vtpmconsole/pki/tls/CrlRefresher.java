package org.vtpmconsole.pki.tls;

import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.ILog;
import org.vtpmconsole.pki.Crls;
import org.vtpmconsole.pki.PkiException;

/**
 * Keeps an endpoint's {@link CrlFile} current without a person: fetches the CA's CRL on a configured interval and,
 * sooner, when the held CRL reaches half its lifetime (the CA re-signs then, so a fetch gets a fresh one long before
 * the held one expires). A failed fetch or an unusable CRL is logged and retried within a minute; the last good CRL
 * stays in force meanwhile. One daemon thread per refresher.
 */
public final class CrlRefresher implements AutoCloseable {

	/** Where the CA's current CRL comes from (the CA's {@code GET /v1/crl} over mutual TLS). */
	@FunctionalInterface
	public interface Fetch {
		X509CRL fetch() throws PkiException;
	}

	/** How soon a failed or useless fetch is tried again (or the interval, if shorter). */
	static final Duration RETRY = Duration.ofMinutes(1);

	private final ILog log = ILog.of(getClass());
	private final String source;
	private final CrlFile target;
	private final Fetch fetch;
	private final Duration interval;
	private final Clock clock;
	private final ScheduledExecutorService timer;

	private CrlRefresher(String source, CrlFile target, Fetch fetch, Duration interval, Clock clock) {
		this.source = source;
		this.target = target;
		this.fetch = fetch;
		this.interval = interval;
		this.clock = clock;
		this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "crl-refresh " + source);
			thread.setDaemon(true);
			return thread;
		});
	}

	/** @param source names the CA in log lines (its URL) */
	public static CrlRefresher start(String source, CrlFile target, Fetch fetch, Duration interval) {
		if (interval.isNegative() || interval.isZero()) {
			throw new IllegalArgumentException("the CRL refresh interval must be positive");
		}
		CrlRefresher refresher = new CrlRefresher(source, target, fetch, interval, Clock.systemUTC());
		refresher.schedule(refresher.delayAfter(true));
		return refresher;
	}

	@Override
	public void close() {
		timer.shutdownNow();
	}

	private void schedule(Duration delay) {
		if (!timer.isShutdown()) {
			timer.schedule(this::refresh, delay.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	private void refresh() {
		boolean succeeded = false;
		try {
			X509CRL crl = fetch.fetch();
			if (target.adopt(crl)) {
				log.info("adopted CRL " + Crls.number(crl) + " from " + source + " (next update " + crl.getNextUpdate()
						+ ")");
			}
			succeeded = true;
		} catch (PkiException | CRLException e) {
			log.warn("kept the CRL held so far: the CRL from " + source + " is not usable: " + e.getMessage());
		} catch (RuntimeException e) {
			log.error("the CRL refresh from " + source + " failed", e);
		} finally {
			schedule(delayAfter(succeeded));
		}
	}

	/** Until the held CRL's half-life, at most the interval; after a failure or past the half-life, soon. */
	private Duration delayAfter(boolean succeeded) {
		Duration soon = interval.compareTo(RETRY) < 0 ? interval : RETRY;
		X509CRL held = target.currentCrl();
		Instant thisUpdate = held.getThisUpdate().toInstant();
		Instant halfLife = thisUpdate.plus(Duration.between(thisUpdate, held.getNextUpdate().toInstant()).dividedBy(2));
		Duration untilHalfLife = Duration.between(clock.instant(), halfLife);
		if (!succeeded || untilHalfLife.isNegative()) {
			return soon;
		}
		return untilHalfLife.compareTo(interval) < 0 ? untilHalfLife : interval;
	}
}
