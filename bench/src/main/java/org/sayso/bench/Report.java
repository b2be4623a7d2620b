package org.sayso.bench;

import java.io.PrintStream;

/**
 * Prints a benchmark's figures beside its baseline from the same run, with the ratio and the target, and
 * remembers whether every target was met.
 */
public final class Report {

	private final PrintStream out;
	private int missed;

	public Report(PrintStream out) {
		this.out = out;
	}

	public void section(String title) {
		out.println();
		out.println("== " + title);
	}

	/** A figure compared with a baseline; the target is the largest acceptable ratio. */
	public void ratio(Measurement measured, Measurement baseline, double maxRatio) {
		double ratio = measured.median() / baseline.median();
		line(measured);
		line(baseline);
		verdict(String.format("ratio %.2fx (target <= %.2fx)", ratio, maxRatio), ratio <= maxRatio);
	}

	/** A figure with an absolute target in milliseconds, shown beside its baseline. */
	public void absolute(Measurement measured, Measurement baseline, double maxMillis) {
		line(measured);
		line(baseline);
		verdict(String.format("median %.1f ms (target <= %.0f ms), %.2fx the baseline", measured.median(), maxMillis,
				measured.median() / baseline.median()), measured.median() <= maxMillis);
	}

	/** A figure with a target that is not a time: a score, a count. */
	public void check(String text, boolean met) {
		verdict(text, met);
	}

	public void note(String text) {
		out.println("   " + text);
	}

	public int missedTargets() {
		return missed;
	}

	private void line(Measurement m) {
		out.printf("   %-58s median %9.1f ms   min %9.1f ms   (%d runs)%n", m.name(), m.median(), m.min(), m.millis().length);
	}

	private void verdict(String text, boolean met) {
		if (!met) {
			missed++;
		}
		out.println("   -> " + text + (met ? "  OK" : "  MISSED"));
	}
}
