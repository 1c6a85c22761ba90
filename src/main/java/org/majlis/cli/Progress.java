package org.majlis.cli;

import java.io.PrintWriter;

/**
 * Progress on stderr: on a terminal a bar redrawn in place (at most ten times a second); elsewhere a plain
 * line at every tenth of the work. Messages printed meanwhile (failures) go on their own lines.
 */
public final class Progress {

	private static final int WIDTH = 30;
	private static final long REDRAW_NANOS = 100_000_000L;

	private final PrintWriter err;
	private final boolean terminal;
	private final int total;
	private final String unit;
	private final long started = System.nanoTime();
	private long lastDrawn;
	private int lastTenth;
	private boolean barShown;

	public Progress(PrintWriter err, boolean terminal, int total, String unit) {
		this.err = err;
		this.terminal = terminal;
		this.total = total;
		this.unit = unit;
	}

	/** Reports that {@code done} of the total units are done. */
	public void update(int done) {
		if (terminal) {
			long now = System.nanoTime();
			if (now - lastDrawn >= REDRAW_NANOS || done == total) {
				lastDrawn = now;
				err.print("\r" + bar(done));
				err.flush();
				barShown = true;
			}
			return;
		}
		int tenth = total == 0 ? 10 : (int) (10L * done / total);
		if (tenth > lastTenth) {
			lastTenth = tenth;
			err.println(line(done));
			err.flush();
		}
	}

	/** Prints a line of its own, above the bar on a terminal. */
	public void message(String line) {
		if (barShown) {
			err.print("\r\033[K");
			barShown = false;
		}
		err.println(line);
		err.flush();
	}

	/** Ends the bar's line. */
	public void finish() {
		if (barShown) {
			err.println();
			err.flush();
			barShown = false;
		}
	}

	private String bar(int done) {
		int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
		return "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + line(done);
	}

	private String line(int done) {
		int percent = total == 0 ? 100 : (int) (100L * done / total);
		double seconds = (System.nanoTime() - started) / 1e9;
		return "%3d%% %,d/%,d %s, %.1f s".formatted(percent, done, total, unit, seconds);
	}
}
