package org.sayso.suggest.eval;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;
import org.sayso.core.AnnotationKind;
import org.sayso.core.Json;

/**
 * Counts of one evaluation, summed over documents: per annotation type the gold and system counts and the
 * matches (exact span, and overlap), the claims whose speaker entity matches, and the dates whose value matches.
 */
public final class Scores {

	/** Counts of one type. */
	public static final class Counts {
		public int gold, system, exact, overlap;
		/**
		 * Claims inside a gold claim that another claim matched: correct content, counted for overlap precision
		 * (not for recall, which counts gold claims).
		 */
		public int inside;

		static double f1(double p, double r) {
			return p + r == 0 ? 0 : 2 * p * r / (p + r);
		}

		public double precision(boolean exactMatch) {
			return system == 0 ? 0 : (double) (exactMatch ? exact : overlap + inside) / system;
		}

		public double recall(boolean exactMatch) {
			return gold == 0 ? 0 : (double) (exactMatch ? exact : overlap) / gold;
		}

		public double f1(boolean exactMatch) {
			return f1(precision(exactMatch), recall(exactMatch));
		}
	}

	final Map<AnnotationKind, Counts> counts = new EnumMap<>(AnnotationKind.class);
	/** Gold claims matched by overlap, and those of them whose speaker entity matches. */
	public int attributed, attributedRight;
	/** Gold dates matched by overlap, and those of them with the same value. */
	public int valued, valuedRight;
	public int documents;
	/**
	 * One error of the system: a gold annotation it {@code missed}, a {@code spurious} one, or a matched one with the
	 * {@code wrong value} or {@code wrong speaker}; with its span, what was wrong, and its context.
	 */
	public record ErrorCase(String document, String kind, String type, int begin, int end, @Nullable String detail,
			String context) {

		/** One line: {@code doc:begin-end: missed claim: ...[span]...}. */
		public String line() {
			return document + ":" + begin + "-" + end + ": " + kind + " " + type + (detail == null ? "" : " (" + detail + ")")
					+ ": " + context;
		}
	}

	/** Every error, in document order. */
	final java.util.List<ErrorCase> errors = new java.util.ArrayList<>();

	/** Gold claims by the form of their content, and how many of them were found (matched by overlap). */
	final Map<ContentForm, int[]> claimsByForm = new java.util.EnumMap<>(ContentForm.class);

	public Scores() {
		for (var kind : AnnotationKind.values()) {
			counts.put(kind, new Counts());
		}
	}

	public java.util.List<ErrorCase> errors() {
		return java.util.Collections.unmodifiableList(errors);
	}

	public Counts of(AnnotationKind kind) {
		return counts.get(kind);
	}

	public double attributionAccuracy() {
		return attributed == 0 ? 0 : (double) attributedRight / attributed;
	}

	public double dateValueAccuracy() {
		return valued == 0 ? 0 : (double) valuedRight / valued;
	}

	/** TempEval-3's relaxed extent F1: dates matched by overlap. */
	public double datesRelaxedF1() {
		return of(AnnotationKind.DATE).f1(false);
	}

	/** TempEval-3's strict extent F1: dates matched exactly. */
	public double datesStrictF1() {
		return of(AnnotationKind.DATE).f1(true);
	}

	/** TempEval-3's value F1: relaxed F1 times the share of matched dates with the gold value. */
	public double datesValueF1() {
		return datesRelaxedF1() * dateValueAccuracy();
	}

	/** The recall of gold claims of one form (overlap); NaN when the gold has none. */
	public double claimRecall(ContentForm form) {
		var counts = claimsByForm.get(form);
		return counts == null || counts[0] == 0 ? Double.NaN : (double) counts[1] / counts[0];
	}

	/** The number of gold claims of one form. */
	public int claims(ContentForm form) {
		var counts = claimsByForm.get(form);
		return counts == null ? 0 : counts[0];
	}

	/** The figures as a table, one line per type. */
	public String table() {
		var out = new StringBuilder();
		out.append(String.format("%-8s %5s %5s  %6s %6s %6s  %6s %6s %6s%n", "type", "gold", "sys", "P", "R", "F1",
				"P~", "R~", "F1~"));
		for (var e : counts.entrySet()) {
			var c = e.getValue();
			out.append(String.format("%-8s %5d %5d  %6.3f %6.3f %6.3f  %6.3f %6.3f %6.3f%n", e.getKey().id(), c.gold, c.system,
					c.precision(true), c.recall(true), c.f1(true), c.precision(false), c.recall(false), c.f1(false)));
		}
		out.append(String.format("attribution accuracy %.3f (%d of %d claims matched by overlap)%n",
				attributionAccuracy(), attributedRight, attributed));
		out.append(String.format("date value accuracy  %.3f (%d of %d dates matched by overlap)%n", dateValueAccuracy(),
				valuedRight, valued));
		var claims = of(AnnotationKind.CLAIM);
		if (claims.inside > 0) {
			out.append(String.format("claims inside a matched gold claim: %d of %d, counted in P~ (one-to-one P~ %.3f)%n",
					claims.inside, claims.system, claims.system == 0 ? 0.0 : (double) claims.overlap / claims.system));
		}
		out.append(String.format("dates (TempEval-3): relaxed F1 %.3f, strict F1 %.3f, value F1 %.3f%n",
				datesRelaxedF1(), datesStrictF1(), datesValueF1()));
		out.append("claim recall by the form of the gold content (overlap):");
		for (var form : ContentForm.values()) {
			out.append(String.format(java.util.Locale.ROOT, " %s %s (%d)", form.label(),
					claims(form) == 0 ? "n/a" : String.format(java.util.Locale.ROOT, "%.3f", claimRecall(form)),
					claims(form)));
		}
		out.append("\nP/R/F1: exact span; P~/R~/F1~: overlapping span, one-to-one");
		return out.toString();
	}

	/** The figures as JSON. */
	public String json() {
		return json(false);
	}

	/** The figures as JSON, with every error when {@code withErrors}. */
	public String json(boolean withErrors) {
		var out = new StringBuilder("{\"documents\":" + documents + ",\"types\":{");
		var first = true;
		for (var e : counts.entrySet()) {
			var c = e.getValue();
			out.append(first ? "" : ",").append(String.format(java.util.Locale.ROOT,
					"\"%s\":{\"gold\":%d,\"system\":%d,\"exact\":{\"p\":%.4f,\"r\":%.4f,\"f1\":%.4f},"
							+ "\"overlap\":{\"p\":%.4f,\"r\":%.4f,\"f1\":%.4f},\"inside\":%d}",
					e.getKey().id(), c.gold, c.system, c.precision(true), c.recall(true), c.f1(true), c.precision(false),
					c.recall(false), c.f1(false), c.inside));
			first = false;
		}
		out.append(String.format(java.util.Locale.ROOT,
				"},\"attributionAccuracy\":%.4f,\"attributionMatched\":%d,\"dateValueAccuracy\":%.4f,\"datesMatched\":%d,"
						+ "\"tempeval3\":{\"relaxedF1\":%.4f,\"strictF1\":%.4f,\"valueF1\":%.4f},\"claimRecallByForm\":{",
				attributionAccuracy(), attributed, dateValueAccuracy(), valued, datesRelaxedF1(), datesStrictF1(),
				datesValueF1()));
		first = true;
		for (var form : ContentForm.values()) {
			out.append(first ? "" : ",").append(String.format(java.util.Locale.ROOT, "\"%s\":{\"gold\":%d,\"recall\":%s}",
					form.label(), claims(form), claims(form) == 0 ? "null"
							: String.format(java.util.Locale.ROOT, "%.4f", claimRecall(form))));
			first = false;
		}
		out.append("}");
		if (withErrors) {
			out.append(",\"errors\":");
			var json = new Json(out).beginArray();
			for (var e : errors) {
				json.beginObject().name("document").value(e.document()).name("kind").value(e.kind()).name("type")
						.value(e.type()).name("begin").value(e.begin()).name("end").value(e.end()).name("detail")
						.value(e.detail()).name("context").value(e.context()).endObject();
			}
			json.endArray();
		}
		out.append('}');
		return out.toString();
	}
}
