package org.vtpmconsole.testing.ui;

import java.io.File;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/** Saves what the X display shows to target/screenshots/NAME.png, for a person to look at after a run. */
public final class Screenshots {

	private Screenshots() {
	}

	/** Call on the UI thread. */
	public static File save(Display display, String name) {
		// paint what is pending first, or the picture shows the state before the last change; GTK lays out and
		// draws on its frame clock, so keep the loop running a little while after the queue ran dry
		long settled = System.currentTimeMillis() + 300;
		while (System.currentTimeMillis() < settled) {
			if (!display.readAndDispatch()) {
				display.update();
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					break;
				}
			}
		}
		Rectangle bounds = display.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, 0, 0);
			File directory = new File("target/screenshots");
			directory.mkdirs();
			File file = new File(directory, name + ".png");
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.getPath(), SWT.IMAGE_PNG);
			return file;
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
