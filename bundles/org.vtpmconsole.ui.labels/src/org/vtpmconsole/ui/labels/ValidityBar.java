package org.vtpmconsole.ui.labels;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.ToIntFunction;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * The label's validity window drawn to scale: notBefore..notAfter in green, the expiry warning window before
 * notAfter in amber, time past notAfter in red, and a marker at "now" — so "valid for another 3 days" is seen, not
 * computed.
 */
final class ValidityBar extends Canvas {

	/** Where the last paint put things, in pixels; for tests that check the bar was drawn to scale. */
	record Geometry(int windowStart, int warningStart, int windowEnd, int now) {
	}

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
			.withZone(ZoneOffset.UTC);
	private static final int BAR_TOP = 18;
	private static final int BAR_HEIGHT = 14;
	private static final int MARGIN = 8;

	// RGB-only colours hold no OS resource (SWT 3.115+), so they need no disposal
	private final Color valid = new Color(new RGB(76, 160, 90));
	private final Color warning = new Color(new RGB(230, 170, 40));
	private final Color expired = new Color(new RGB(200, 60, 50));
	private Instant notBefore;
	private Instant notAfter;
	private Instant now;
	private Geometry lastPainted;

	ValidityBar(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED);
		addPaintListener(event -> paint(event.gc));
	}

	void show(Instant from, Instant until, Instant at) {
		notBefore = from;
		notAfter = until;
		now = at;
		redraw();
	}

	Geometry lastPainted() {
		return lastPainted;
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		return new Point(wHint == SWT.DEFAULT ? 400 : wHint, BAR_TOP + BAR_HEIGHT + 24);
	}

	private void paint(GC gc) {
		if (notBefore == null) {
			return;
		}
		Rectangle area = getClientArea();
		Instant first = notBefore.isBefore(now) ? notBefore : now;
		Instant last = notAfter.isAfter(now) ? notAfter : now;
		long span = Math.max(1, Duration.between(first, last).toMillis());
		// a little room on both sides, so a marker at either end is not cut off
		Instant start = first.minusMillis(span / 20);
		long total = span + span / 10;
		int width = Math.max(1, area.width - 2 * MARGIN);
		ToIntFunction<Instant> x = t -> MARGIN
				+ (int) (width * (double) Duration.between(start, t).toMillis() / total);
		Instant warningFrom = notAfter.minus(LabelReview.EXPIRY_WARNING);
		if (warningFrom.isBefore(notBefore)) {
			warningFrom = notBefore;
		}
		Geometry geometry = new Geometry(x.applyAsInt(notBefore), x.applyAsInt(warningFrom), x.applyAsInt(notAfter),
				x.applyAsInt(now));

		gc.setAntialias(SWT.ON);
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
		gc.fillRectangle(MARGIN, BAR_TOP, width, BAR_HEIGHT);
		gc.setBackground(valid);
		gc.fillRectangle(geometry.windowStart(), BAR_TOP, geometry.warningStart() - geometry.windowStart(), BAR_HEIGHT);
		gc.setBackground(warning);
		gc.fillRectangle(geometry.warningStart(), BAR_TOP, geometry.windowEnd() - geometry.warningStart(), BAR_HEIGHT);
		if (now.isAfter(notAfter)) {
			gc.setBackground(expired);
			gc.fillRectangle(geometry.windowEnd(), BAR_TOP, geometry.now() - geometry.windowEnd(), BAR_HEIGHT);
		}

		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
		gc.setLineWidth(2);
		gc.drawLine(geometry.now(), BAR_TOP - 4, geometry.now(), BAR_TOP + BAR_HEIGHT + 4);
		String nowText = "now " + DAY.format(now);
		int nowWidth = gc.textExtent(nowText).x;
		gc.drawText(nowText, clamp(geometry.now() - nowWidth / 2, area.width - nowWidth), 0, true);

		int labelsTop = BAR_TOP + BAR_HEIGHT + 5;
		String from = DAY.format(notBefore);
		String until = DAY.format(notAfter);
		gc.drawText(from, clamp(geometry.windowStart(), area.width - gc.textExtent(from).x), labelsTop, true);
		int untilX = geometry.windowEnd() - gc.textExtent(until).x;
		gc.drawText(until, clamp(Math.max(untilX, geometry.windowStart() + gc.textExtent(from).x + 12),
				area.width - gc.textExtent(until).x), labelsTop, true);
		lastPainted = geometry;
	}

	private static int clamp(int x, int max) {
		return Math.max(0, Math.min(x, Math.max(0, max)));
	}
}
