package org.sayso.bench;

import java.util.Arrays;

/** Wall-clock times of repeated runs of one piece of work, in milliseconds. */
public record Measurement(String name, double[] millis) {

	/** Runs {@code work} {@code warmups} times unmeasured, then {@code runs} times measured. */
	public static Measurement of(String name, int warmups, int runs, ThrowingRunnable work) throws Exception {
		for (int i = 0; i < warmups; i++) {
			work.run();
		}
		var times = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			work.run();
			times[i] = (System.nanoTime() - start) / 1e6;
		}
		return new Measurement(name, times);
	}

	/**
	 * Measures two pieces of work turn about, so that whatever else the machine does at the time weighs on both
	 * alike: the figure and its baseline are then comparable even on a busy machine.
	 */
	public static Measurement[] paired(String name, ThrowingRunnable work, String baselineName,
			ThrowingRunnable baseline, int warmups, int runs) throws Exception {
		for (int i = 0; i < warmups; i++) {
			work.run();
			baseline.run();
		}
		var times = new double[runs];
		var baselineTimes = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			work.run();
			times[i] = (System.nanoTime() - start) / 1e6;
			start = System.nanoTime();
			baseline.run();
			baselineTimes[i] = (System.nanoTime() - start) / 1e6;
		}
		return new Measurement[] { new Measurement(name, times), new Measurement(baselineName, baselineTimes) };
	}

	public double median() {
		var sorted = millis.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	public double min() {
		return Arrays.stream(millis).min().orElse(Double.NaN);
	}

	public interface ThrowingRunnable {
		void run() throws Exception;
	}
}
