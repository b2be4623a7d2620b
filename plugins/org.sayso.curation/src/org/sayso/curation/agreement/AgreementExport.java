package org.sayso.curation.agreement;

import java.util.List;
import java.util.Locale;

import org.sayso.core.Counts;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The agreement report as CSV (one row per document or corpus and type, one column per figure and pair) and as a
 * self-contained HTML page (the corpus table, a pairwise kappa table per type, the documents by worst agreement).
 */
public final class AgreementExport {

	private AgreementExport() {
	}

	public static String csv(AgreementReport report) {
		var pairs = pairs(report.annotators());
		var csv = new StringBuilder("scope,type,units,alphaU,fleissKappa,attributionAgreement,dateValueAgreement");
		pairs.forEach(p -> csv.append(",cohenKappa ").append(p));
		csv.append('\n');
		report.corpus().values().forEach(t -> row(csv, "corpus", t, pairs));
		for (var document : report.byWorstAgreement()) {
			document.types().values().forEach(t -> row(csv, document.documentId(), t, pairs));
		}
		return csv.toString();
	}

	private static void row(StringBuilder csv, String scope, TypeAgreement t, List<String> pairs) {
		csv.append(cell(scope)).append(',').append(t.type()).append(',').append(t.units()).append(',')
				.append(plain(t.alphaU())).append(',').append(plain(t.fleissKappa())).append(',')
				.append(plain(t.attributionAgreement())).append(',').append(plain(t.dateValueAgreement()));
		pairs.forEach(p -> csv.append(',').append(plain(t.cohenKappa().get(p))));
		csv.append('\n');
	}

	public static String html(AgreementReport report, String projectName) {
		var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Agreement: ")
				.append(escape(projectName)).append("</title>\n<style>body{font-family:sans-serif}td,th{padding:2px 8px;"
						+ "text-align:right;border:1px solid #ccc}table{border-collapse:collapse;margin-bottom:1em}"
						+ "th:first-child,td:first-child{text-align:left}</style></head><body>\n");
		html.append("<h1>Agreement: ").append(escape(projectName)).append("</h1>\n<p>Annotators: ")
				.append(escape(String.join(", ", report.annotators()))).append(". Corpus figures over ")
				.append(Counts.of(report.corpusDocuments(), "document")).append(" all of them annotated.</p>\n");
		html.append("<h2>Corpus</h2>\n<table><tr><th>type</th><th>units</th><th>alpha-U</th><th>Fleiss' kappa</th>"
				+ "<th>attribution</th><th>date values</th></tr>\n");
		for (var t : report.corpus().values()) {
			html.append("<tr><td>").append(t.type()).append("</td><td>").append(t.units()).append("</td>")
					.append(td(t.alphaU())).append(td(t.fleissKappa())).append(td(t.attributionAgreement()))
					.append(td(t.dateValueAgreement())).append("</tr>\n");
		}
		html.append("</table>\n");
		for (var t : report.corpus().values()) {
			html.append("<h3>Cohen's kappa, ").append(t.type()).append("</h3>\n<table><tr><th></th>");
			report.annotators().forEach(a -> html.append("<th>").append(escape(a)).append("</th>"));
			html.append("</tr>\n");
			for (var a : report.annotators()) {
				html.append("<tr><td>").append(escape(a)).append("</td>");
				for (var b : report.annotators()) {
					html.append(a.equals(b) ? "<td></td>" : td(PairwiseKappa.of(t, a, b)));
				}
				html.append("</tr>\n");
			}
			html.append("</table>\n");
		}
		html.append("<h2>Documents, worst agreement first</h2>\n<table><tr><th>document</th><th>worst</th>");
		report.corpus().keySet().forEach(type -> html.append("<th>").append(type).append(" alpha-U</th>"));
		html.append("</tr>\n");
		for (var document : report.byWorstAgreement()) {
			html.append("<tr><td>").append(escape(document.documentId())).append("</td>").append(td(document.worst()));
			document.types().values().forEach(t -> html.append(td(t.alphaU())));
			html.append("</tr>\n");
		}
		return html.append("</table>\n</body></html>\n").toString();
	}

	private static List<String> pairs(List<String> annotators) {
		var pairs = new java.util.ArrayList<String>();
		for (int a = 0; a < annotators.size(); a++) {
			for (int b = a + 1; b < annotators.size(); b++) {
				pairs.add(annotators.get(a) + "/" + annotators.get(b));
			}
		}
		return pairs;
	}

	private static String td(@Nullable Double value) {
		return "<td>" + (value == null ? "n/a" : String.format(Locale.ROOT, "%.3f", value)) + "</td>";
	}

	private static String plain(@Nullable Double value) {
		return value == null ? "" : String.format(Locale.ROOT, "%.4f", value);
	}

	private static String cell(String value) {
		return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
