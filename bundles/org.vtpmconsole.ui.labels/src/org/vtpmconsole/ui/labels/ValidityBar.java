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
import org.vtpmconsole.verify.labels.LabelReview;

/**
 * The label's validity window drawn to scale: notBefore..notAfter in green, the expiry warning window before
 * notAfter in amber, time past notAfter in red, and a marker at "now" — so "valid for another 3 days" is seen, not
 * computed. The dates are written inside the canvas's bounds whatever its width: when the start and end dates do not
 * fit side by side, the end date goes to a second line, right-aligned, rather than off the edge.
 */
final class ValidityBar extends Canvas {

	/**
	 * Where the last paint put things, in pixels, and the canvas width it painted for; for tests that check the bar
	 * was drawn to scale and its dates drawn whole.
	 */
	record Geometry(int windowStart, int warningStart, int windowEnd, int now, int width, Rectangle fromText,
			Rectangle untilText, Rectangle nowText) {
	}

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
			.withZone(ZoneOffset.UTC);
	private static final int BAR_TOP = 18;
	private static final int BAR_HEIGHT = 14;
	private static final int MARGIN = 8;
	private static final int LABEL_GAP = 12;

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

	/**
	 * Wide enough for the two dates and no wider, so a narrow editor shrinks the bar instead of scrolling it out of
	 * view; as tall as the dates need at that width (a second line only when the end date has to move down).
	 */
	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		GC gc = new GC(this);
		try {
			Point date = gc.textExtent("0000-00-00");
			int least = 2 * date.x + LABEL_GAP + 2 * MARGIN;
			int width = wHint == SWT.DEFAULT ? least : Math.max(wHint, least);
			// the end date is on the start date's line or below it
			int height = (notBefore == null ? labelsTop() : place(gc, width).untilText().y) + date.y;
			return new Point(width, height + 2);
		} finally {
			gc.dispose();
		}
	}

	private static int labelsTop() {
		return BAR_TOP + BAR_HEIGHT + 5;
	}

	/**
	 * Where everything goes at this width: the window to scale, with a little room on both sides so a marker at
	 * either end is not cut off, and the dates inside the bounds — side by side when both fit, else the end date on
	 * the next line, never on top of the start date or past the edge.
	 */
	private Geometry place(GC gc, int areaWidth) {
		Instant first = notBefore.isBefore(now) ? notBefore : now;
		Instant last = notAfter.isAfter(now) ? notAfter : now;
		long span = Math.max(1, Duration.between(first, last).toMillis());
		Instant start = first.minusMillis(span / 20);
		long total = span + span / 10;
		int width = Math.max(1, areaWidth - 2 * MARGIN);
		ToIntFunction<Instant> x = t -> MARGIN + (int) (width * (double) Duration.between(start, t).toMillis() / total);
		Instant warningFrom = notAfter.minus(LabelReview.EXPIRY_WARNING);
		int windowStart = x.applyAsInt(notBefore);
		int warningStart = x.applyAsInt(warningFrom.isBefore(notBefore) ? notBefore : warningFrom);
		int windowEnd = x.applyAsInt(notAfter);
		int nowX = x.applyAsInt(now);
		Rectangle nowText = text(gc, nowText(), nowX - gc.textExtent(nowText()).x / 2, 0, areaWidth);
		Rectangle fromText = text(gc, DAY.format(notBefore), windowStart, labelsTop(), areaWidth);
		Point untilSize = gc.textExtent(DAY.format(notAfter));
		int untilX = clamp(windowEnd - untilSize.x, areaWidth - untilSize.x);
		int untilY = untilX >= fromText.x + fromText.width + LABEL_GAP ? labelsTop() : labelsTop() + untilSize.y;
		Rectangle untilText = new Rectangle(untilX, untilY, untilSize.x, untilSize.y);
		return new Geometry(windowStart, warningStart, windowEnd, nowX, areaWidth, fromText, untilText, nowText);
	}

	private String nowText() {
		return "now " + DAY.format(now);
	}

	private void paint(GC gc) {
		if (notBefore == null) {
			return;
		}
		Rectangle area = getClientArea();
		Geometry at = place(gc, area.width);
		gc.setAntialias(SWT.ON);
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
		gc.fillRectangle(MARGIN, BAR_TOP, Math.max(1, area.width - 2 * MARGIN), BAR_HEIGHT);
		gc.setBackground(valid);
		gc.fillRectangle(at.windowStart(), BAR_TOP, at.warningStart() - at.windowStart(), BAR_HEIGHT);
		gc.setBackground(warning);
		gc.fillRectangle(at.warningStart(), BAR_TOP, at.windowEnd() - at.warningStart(), BAR_HEIGHT);
		if (now.isAfter(notAfter)) {
			gc.setBackground(expired);
			gc.fillRectangle(at.windowEnd(), BAR_TOP, at.now() - at.windowEnd(), BAR_HEIGHT);
		}
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
		gc.setLineWidth(2);
		gc.drawLine(at.now(), BAR_TOP - 4, at.now(), BAR_TOP + BAR_HEIGHT + 4);
		gc.drawText(nowText(), at.nowText().x, at.nowText().y, true);
		gc.drawText(DAY.format(notBefore), at.fromText().x, at.fromText().y, true);
		gc.drawText(DAY.format(notAfter), at.untilText().x, at.untilText().y, true);
		lastPainted = at;
	}

	/** Where {@code text} goes at {@code x}, moved left as far as needed to end inside {@code width}. */
	private static Rectangle text(GC gc, String text, int x, int y, int width) {
		Point size = gc.textExtent(text);
		return new Rectangle(clamp(x, width - size.x), y, size.x, size.y);
	}

	private static int clamp(int x, int max) {
		return Math.max(0, Math.min(x, Math.max(0, max)));
	}
}
