package org.vtpmconsole.ui.explorer;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageDataProvider;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Display;

/**
 * The explorer's 16×16 icons, drawn at run time with a GC (no artwork files to keep in step) at whatever zoom
 * the display asks for. Each icon is a base shape with an optional badge in the lower right corner that carries
 * the state: connected, stale, failed, running, paused, stopped, migrating, valid, expiring, invalid.
 * Owns its images; {@link #dispose()} frees them.
 */
public final class ExplorerIcons {

	public enum Shape {
		HOST, VM, VTPM, LABEL, CERTIFICATE, SNAPSHOT, FOLDER, REFRESH, COLLAPSE_ALL
	}

	public enum Badge {
		NONE, OK, WARNING, ERROR, RUNNING, PAUSED, STOPPED, MIGRATING
	}

	private static final Color INK = new Color(0x40, 0x48, 0x52);
	private static final Color STEEL = new Color(0x5B, 0x6B, 0x7F);
	private static final Color BLUE = new Color(0x2F, 0x6F, 0xB3);
	private static final Color SKY = new Color(0xDD, 0xEB, 0xF7);
	private static final Color TEAL = new Color(0x1F, 0x8A, 0x80);
	private static final Color GOLD = new Color(0xD9, 0xA4, 0x1E);
	private static final Color SAND = new Color(0xF2, 0xC9, 0x4C);
	private static final Color PAPER = new Color(0xFA, 0xFA, 0xFA);
	private static final Color GREEN = new Color(0x2E, 0x9D, 0x3A);
	private static final Color AMBER = new Color(0xE0, 0x8A, 0x00);
	private static final Color RED = new Color(0xCC, 0x24, 0x2B);
	private static final Color GREY = new Color(0x8A, 0x8A, 0x8A);
	private static final Color WHITE = new Color(0xFF, 0xFF, 0xFF);

	private final Display display;
	private final Map<Shape, Map<Badge, Image>> images = new EnumMap<>(Shape.class);

	public ExplorerIcons(Display display) {
		this.display = display;
	}

	public Image get(Shape shape) {
		return get(shape, Badge.NONE);
	}

	public Image get(Shape shape, Badge badge) {
		return images.computeIfAbsent(shape, s -> new HashMap<>()).computeIfAbsent(badge,
				b -> new Image(display, render(shape, badge)));
	}

	public void dispose() {
		images.values().forEach(byBadge -> byBadge.values().forEach(Image::dispose));
		images.clear();
	}

	private ImageDataProvider render(Shape shape, Badge badge) {
		return zoom -> {
			int size = Math.max(16, 16 * zoom / 100);
			ImageData onBlack = paint(size, shape, badge, 0x00);
			ImageData onWhite = paint(size, shape, badge, 0xFF);
			return withAlpha(onBlack, onWhite);
		};
	}

	private ImageData paint(int size, Shape shape, Badge badge, int background) {
		Image canvas = new Image(display, size, size);
		GC gc = new GC(canvas);
		Transform scale = new Transform(display);
		try {
			gc.setBackground(new Color(background, background, background));
			gc.fillRectangle(0, 0, size, size);
			gc.setAntialias(SWT.ON);
			scale.scale(size / 16f, size / 16f);
			gc.setTransform(scale);
			drawShape(gc, shape);
			drawBadge(gc, badge);
			return canvas.getImageData();
		} finally {
			scale.dispose();
			gc.dispose();
			canvas.dispose();
		}
	}

	/**
	 * Recovers coverage from the same drawing on black and on white: a pixel that differs by d between the two
	 * is (255 - d)/255 opaque, which keeps antialiased edges smooth on any background, selection included.
	 */
	private static ImageData withAlpha(ImageData onBlack, ImageData onWhite) {
		PaletteData palette = new PaletteData(0xFF0000, 0x00FF00, 0x0000FF);
		ImageData result = new ImageData(onBlack.width, onBlack.height, 24, palette);
		for (int y = 0; y < onBlack.height; y++) {
			for (int x = 0; x < onBlack.width; x++) {
				RGB black = onBlack.palette.getRGB(onBlack.getPixel(x, y));
				RGB white = onWhite.palette.getRGB(onWhite.getPixel(x, y));
				int alpha = 255 - Math.max(0, Math.min(255, white.green - black.green));
				result.setAlpha(x, y, alpha);
				if (alpha > 0) {
					result.setPixel(x, y, palette.getPixel(new RGB(unblend(black.red, alpha),
							unblend(black.green, alpha), unblend(black.blue, alpha))));
				}
			}
		}
		return result;
	}

	private static int unblend(int channel, int alpha) {
		return Math.min(255, channel * 255 / alpha);
	}

	private static void drawShape(GC gc, Shape shape) {
		switch (shape) {
		case HOST -> {
			for (int top : new int[] { 2, 9 }) {
				gc.setBackground(STEEL);
				gc.fillRoundRectangle(1, top, 14, 5, 2, 2);
				gc.setBackground(SKY);
				gc.fillRectangle(7, top + 2, 6, 1);
				gc.setBackground(GREEN);
				gc.fillRectangle(3, top + 2, 2, 1);
			}
		}
		case VM -> {
			gc.setBackground(BLUE);
			gc.fillRoundRectangle(1, 2, 14, 12, 3, 3);
			gc.setBackground(SKY);
			gc.fillRectangle(2, 5, 12, 8);
			gc.setBackground(WHITE);
			gc.fillRectangle(3, 3, 1, 1);
			gc.fillRectangle(5, 3, 1, 1);
		}
		case VTPM -> {
			gc.setForeground(STEEL);
			gc.setLineWidth(1);
			for (int p = 5; p <= 11; p += 3) {
				gc.drawLine(p, 1, p, 14);
				gc.drawLine(1, p, 14, p);
			}
			gc.setBackground(INK);
			gc.fillRoundRectangle(3, 3, 10, 10, 2, 2);
			gc.setBackground(GOLD);
			gc.fillRectangle(6, 6, 4, 4);
		}
		case LABEL -> {
			gc.setBackground(TEAL);
			gc.fillPolygon(new int[] { 1, 8, 7, 2, 14, 2, 14, 9, 8, 15 });
			gc.setBackground(WHITE);
			gc.fillOval(10, 4, 3, 3);
		}
		case CERTIFICATE -> {
			gc.setBackground(PAPER);
			gc.fillRectangle(2, 1, 11, 12);
			gc.setForeground(GREY);
			gc.drawRectangle(2, 1, 11, 12);
			gc.setForeground(STEEL);
			gc.drawLine(4, 4, 11, 4);
			gc.drawLine(4, 6, 11, 6);
			gc.drawLine(4, 8, 7, 8);
			gc.setBackground(RED);
			gc.fillPolygon(new int[] { 8, 11, 7, 15, 9, 14, 10, 15, 11, 14, 13, 15, 12, 11 });
			gc.fillOval(7, 7, 6, 6);
		}
		case SNAPSHOT -> {
			gc.setBackground(INK);
			gc.fillRoundRectangle(5, 2, 6, 3, 1, 1);
			gc.fillRoundRectangle(1, 4, 14, 10, 3, 3);
			gc.setBackground(SKY);
			gc.fillOval(5, 6, 6, 6);
			gc.setBackground(BLUE);
			gc.fillOval(7, 8, 2, 2);
		}
		case FOLDER -> {
			gc.setBackground(GOLD);
			gc.fillRoundRectangle(1, 3, 6, 3, 2, 2);
			gc.fillRoundRectangle(1, 4, 14, 10, 2, 2);
			gc.setBackground(SAND);
			gc.fillRoundRectangle(1, 6, 14, 8, 2, 2);
		}
		case REFRESH -> {
			gc.setForeground(BLUE);
			gc.setLineWidth(2);
			gc.drawArc(3, 3, 10, 10, 90, 270);
			gc.setBackground(BLUE);
			gc.fillPolygon(new int[] { 8, 0, 12, 3, 8, 6 });
		}
		case COLLAPSE_ALL -> {
			gc.setForeground(STEEL);
			gc.setBackground(WHITE);
			gc.drawRectangle(1, 1, 9, 9);
			gc.fillRectangle(5, 5, 10, 10);
			gc.drawRectangle(5, 5, 9, 9);
			gc.setForeground(INK);
			gc.setLineWidth(2);
			gc.drawLine(7, 10, 12, 10);
		}
		}
	}

	private static void drawBadge(GC gc, Badge badge) {
		if (badge == Badge.NONE) {
			return;
		}
		// a white ring keeps the badge readable on top of the base shape
		gc.setBackground(WHITE);
		gc.fillOval(8, 8, 8, 8);
		gc.setLineWidth(1);
		switch (badge) {
		case OK -> dot(gc, GREEN);
		case WARNING -> {
			dot(gc, AMBER);
			gc.setBackground(WHITE);
			gc.fillRectangle(11, 10, 2, 3);
			gc.fillRectangle(11, 14, 2, 1);
		}
		case ERROR -> {
			dot(gc, RED);
			gc.setForeground(WHITE);
			gc.setLineWidth(2);
			gc.drawLine(10, 10, 14, 14);
			gc.drawLine(14, 10, 10, 14);
		}
		case RUNNING -> {
			gc.setBackground(GREEN);
			gc.fillPolygon(new int[] { 9, 8, 16, 12, 9, 16 });
		}
		case PAUSED -> {
			gc.setBackground(STEEL);
			gc.fillRectangle(9, 9, 2, 6);
			gc.fillRectangle(13, 9, 2, 6);
		}
		case STOPPED -> {
			gc.setBackground(GREY);
			gc.fillRectangle(9, 9, 6, 6);
		}
		case MIGRATING -> {
			gc.setBackground(BLUE);
			gc.fillPolygon(new int[] { 8, 11, 12, 11, 12, 8, 16, 12, 12, 16, 12, 13, 8, 13 });
		}
		default -> throw new IllegalArgumentException(badge.name());
		}
	}

	private static void dot(GC gc, Color color) {
		gc.setBackground(color);
		gc.fillOval(9, 9, 6, 6);
	}
}
