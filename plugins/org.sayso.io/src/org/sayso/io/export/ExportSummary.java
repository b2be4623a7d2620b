package org.sayso.io.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.sayso.core.Json;

/**
 * What an export did: the documents and sets written, the annotations per type, the documents skipped (with the
 * reason), the documents refused because their annotations failed validation, and, with {@code --allow-invalid},
 * the invalid sets that were exported all the same. The command line prints it, the wizard shows it, and the export
 * holds it as {@value #TEXT_FILE} and {@value #JSON_FILE}.
 */
public record ExportSummary(String format, String selection, Path output, int documents, int sets,
		Map<String, Integer> annotationsPerType, List<Skipped> skipped, List<Invalid> refused,
		List<Invalid> exportedInvalid, List<String> notes, boolean written) {

	public static final String TEXT_FILE = "export-summary.txt";
	public static final String JSON_FILE = "export-summary.json";

	/**
	 * A document that was not exported, and why.
	 *
	 * @param unreadable true when a set could not be read (a failure of the export), false when the document simply
	 *                   has no set of the selection
	 */
	public record Skipped(String documentId, String reason, boolean unreadable) {
	}

	/** A set that failed validation: its document, its name (annotator or {@code curation}) and its errors. */
	public record Invalid(String documentId, String set, List<String> problems) {
	}

	public ExportSummary {
		annotationsPerType = Map.copyOf(annotationsPerType);
		skipped = List.copyOf(skipped);
		refused = List.copyOf(refused);
		exportedInvalid = List.copyOf(exportedInvalid);
		notes = List.copyOf(notes);
	}

	/** Whether the export failed: documents were refused, or sets could not be read. */
	public boolean failed() {
		return !refused.isEmpty() || skipped.stream().anyMatch(Skipped::unreadable);
	}

	public int annotations() {
		return annotationsPerType.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** The summary as people read it. */
	public String toText() {
		var text = new StringBuilder();
		if (!written) {
			text.append("Nothing was written: the export failed (see below), so the previous export in ").append(output)
					.append(" is kept as it was.\n");
		}
		text.append(written ? "Exported " : "Would have exported ").append(documents).append(" document(s), ").append(sets).append(" annotation set(s) (")
				.append(selection).append(") as ").append(format).append(" to ").append(output).append('\n');
		text.append("Annotations: ").append(annotations());
		ExportCounts.TYPES.forEach(type -> text.append(", ").append(type).append(' ')
				.append(annotationsPerType.getOrDefault(type, 0)));
		text.append('\n');
		if (!refused.isEmpty()) {
			text.append("Refused ").append(refused.stream().map(Invalid::documentId).distinct().count())
					.append(" document(s) whose annotations fail validation (fix them, or export with --allow-invalid):\n");
			refused.forEach(invalid -> describe(invalid, text));
		}
		if (!exportedInvalid.isEmpty()) {
			text.append("Exported anyway (--allow-invalid), with validation errors: ").append(exportedInvalid.size())
					.append(" set(s):\n");
			exportedInvalid.forEach(invalid -> describe(invalid, text));
		}
		if (!skipped.isEmpty()) {
			text.append("Skipped ").append(skipped.size()).append(" document(s):\n");
			skipped.forEach(s -> text.append("  ").append(s.documentId()).append(": ").append(s.reason()).append('\n'));
		}
		notes.forEach(note -> text.append("Note: ").append(note).append('\n'));
		return text.toString();
	}

	private static void describe(Invalid invalid, StringBuilder text) {
		text.append("  ").append(invalid.documentId()).append(" (").append(invalid.set()).append("):\n");
		invalid.problems().forEach(p -> text.append("    ").append(p).append('\n'));
	}

	/** The summary for programs: one JSON object. */
	public String toJson() {
		var json = new Json();
		json.beginObject().name("written").value(written).name("format").value(format).name("selection").value(selection)
				.name("output").value(output.toString()).name("documents").value(documents).name("sets").value(sets)
				.name("annotations").beginObject();
		ExportCounts.TYPES.forEach(type -> json.name(type).value(annotationsPerType.getOrDefault(type, 0)));
		json.endObject().name("skipped").beginArray();
		skipped.forEach(s -> json.beginObject().name("document").value(s.documentId()).name("reason").value(s.reason())
				.name("unreadable").value(s.unreadable()).endObject());
		json.endArray();
		invalidJson(json, "refused", refused);
		invalidJson(json, "exportedInvalid", exportedInvalid);
		json.name("notes").beginArray();
		notes.forEach(json::value);
		return json.endArray().endObject().toString();
	}

	private static void invalidJson(Json json, String name, List<Invalid> invalid) {
		json.name(name).beginArray();
		for (var i : invalid) {
			json.beginObject().name("document").value(i.documentId()).name("set").value(i.set()).name("problems")
					.beginArray();
			i.problems().forEach(json::value);
			json.endArray().endObject();
		}
		json.endArray();
	}
}
