package org.sayso.curation.agreement;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;
import org.sayso.core.Json;

/**
 * The agreement report as JSON ({@code sayso agreement --json}): per type {@code alphaU}, {@code fleissKappa},
 * {@code cohenKappa} (an object keyed "a/b"), {@code attributionAgreement}, {@code dateValueAgreement} and
 * {@code units}, under {@code corpus.types} and under each of {@code documents[].types}. Undefined figures are
 * {@code null}.
 */
public final class AgreementJson {

	private AgreementJson() {
	}

	/** @param types the types to include (labels such as "Claim"); empty for all */
	public static String write(AgreementReport report, Collection<String> types) {
		var json = new StringBuilder(4096);
		json.append("{\n  \"annotators\": ").append(strings(report.annotators())).append(",\n");
		json.append("  \"corpus\": {\n    \"documents\": ").append(report.corpusDocuments()).append(",\n");
		json.append("    \"types\": ");
		types(json, report.corpus(), types, "    ");
		json.append("\n  },\n  \"documents\": [");
		var documents = report.documents();
		for (int i = 0; i < documents.size(); i++) {
			var document = documents.get(i);
			json.append(i == 0 ? "\n" : ",\n").append("    {\"id\": ").append(string(document.documentId()))
					.append(", \"annotators\": ").append(strings(document.annotators())).append(", \"types\": ");
			types(json, document.types(), types, "      ");
			json.append("}");
		}
		json.append(documents.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
		return json.toString();
	}

	private static void types(StringBuilder json, Map<String, TypeAgreement> figures, Collection<String> only,
			String indent) {
		json.append("{");
		boolean first = true;
		for (var type : figures.values()) {
			if (!only.isEmpty() && !only.contains(type.type())) {
				continue;
			}
			json.append(first ? "\n" : ",\n").append(indent).append("  ").append(string(type.type())).append(": {")
					.append("\"alphaU\": ").append(number(type.alphaU()))
					.append(", \"fleissKappa\": ").append(number(type.fleissKappa()))
					.append(", \"cohenKappa\": {");
			boolean firstPair = true;
			for (var pair : type.cohenKappa().entrySet()) {
				json.append(firstPair ? "" : ", ").append(string(pair.getKey())).append(": ").append(number(pair.getValue()));
				firstPair = false;
			}
			json.append("}, \"attributionAgreement\": ").append(number(type.attributionAgreement()))
					.append(", \"dateValueAgreement\": ").append(number(type.dateValueAgreement()))
					.append(", \"units\": ").append(type.units()).append("}");
			first = false;
		}
		json.append(first ? "}" : "\n" + indent + "}");
	}

	static String number(@Nullable Double value) {
		return value == null || !Double.isFinite(value) ? "null" : String.format(Locale.ROOT, "%.4f", value);
	}

	private static String strings(List<String> values) {
		return "[" + String.join(", ", values.stream().map(AgreementJson::string).toList()) + "]";
	}

	/** A JSON string; ids and annotator names are file names, but a title or type need not be. */
	static String string(String value) {
		return Json.quote(value);
	}
}
