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
