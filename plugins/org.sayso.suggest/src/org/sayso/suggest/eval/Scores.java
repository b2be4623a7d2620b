package org.sayso.suggest.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts of one evaluation, summed over documents: per annotation type the gold and system counts and the
 * matches (exact span, and overlap), the claims whose speaker entity matches, and the dates whose value matches.
 */
public final class Scores {

	public static final String[] TYPES = { "speaker", "claim", "cue", "date" };

	/** Counts of one type. */
	public static final class Counts {
		public int gold, system, exact, overlap;

		static double f1(double p, double r) {
			return p + r == 0 ? 0 : 2 * p * r / (p + r);
		}

		public double precision(boolean exactMatch) {
			return system == 0 ? 0 : (double) (exactMatch ? exact : overlap) / system;
		}

		public double recall(boolean exactMatch) {
			return gold == 0 ? 0 : (double) (exactMatch ? exact : overlap) / gold;
		}

		public double f1(boolean exactMatch) {
			return f1(precision(exactMatch), recall(exactMatch));
		}
	}

	final Map<String, Counts> counts = new LinkedHashMap<>();
	/** Gold claims matched by overlap, and those of them whose speaker entity matches. */
	public int attributed, attributedRight;
	/** Gold dates matched by overlap, and those of them with the same value. */
	public int valued, valuedRight;
	public int documents;

	public Scores() {
		for (var t : TYPES) {
			counts.put(t, new Counts());
		}
	}

	public Counts of(String type) {
		return counts.get(type);
	}

	public double attributionAccuracy() {
		return attributed == 0 ? 0 : (double) attributedRight / attributed;
	}

	public double dateValueAccuracy() {
		return valued == 0 ? 0 : (double) valuedRight / valued;
	}

	/** The figures as a table, one line per type. */
	public String table() {
		var out = new StringBuilder();
		out.append(String.format("%-8s %5s %5s  %6s %6s %6s  %6s %6s %6s%n", "type", "gold", "sys", "P", "R", "F1",
				"P~", "R~", "F1~"));
		for (var e : counts.entrySet()) {
			var c = e.getValue();
			out.append(String.format("%-8s %5d %5d  %6.3f %6.3f %6.3f  %6.3f %6.3f %6.3f%n", e.getKey(), c.gold, c.system,
					c.precision(true), c.recall(true), c.f1(true), c.precision(false), c.recall(false), c.f1(false)));
		}
		out.append(String.format("attribution accuracy %.3f (%d of %d claims matched by overlap)%n",
				attributionAccuracy(), attributedRight, attributed));
		out.append(String.format("date value accuracy  %.3f (%d of %d dates matched by overlap)%n", dateValueAccuracy(),
				valuedRight, valued));
		out.append("P/R/F1: exact span; P~/R~/F1~: overlapping span, one-to-one");
		return out.toString();
	}

	/** The figures as JSON. */
	public String json() {
		var out = new StringBuilder("{\"documents\":" + documents + ",\"types\":{");
		var first = true;
		for (var e : counts.entrySet()) {
			var c = e.getValue();
			out.append(first ? "" : ",").append(String.format(java.util.Locale.ROOT,
					"\"%s\":{\"gold\":%d,\"system\":%d,\"exact\":{\"p\":%.4f,\"r\":%.4f,\"f1\":%.4f},"
							+ "\"overlap\":{\"p\":%.4f,\"r\":%.4f,\"f1\":%.4f}}",
					e.getKey(), c.gold, c.system, c.precision(true), c.recall(true), c.f1(true), c.precision(false),
					c.recall(false), c.f1(false)));
			first = false;
		}
		out.append(String.format(java.util.Locale.ROOT,
				"},\"attributionAccuracy\":%.4f,\"attributionMatched\":%d,\"dateValueAccuracy\":%.4f,\"datesMatched\":%d}",
				attributionAccuracy(), attributed, dateValueAccuracy(), valued));
		return out.toString();
	}
}
