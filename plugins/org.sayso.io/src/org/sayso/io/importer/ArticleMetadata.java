package org.sayso.io.importer;

import org.sayso.core.IoProblems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Article metadata that users have from their feeds, beside the articles: a table ({@code metadata.tsv} or
 * {@code metadata.csv}, a header line first) or JSON lines ({@code metadata.jsonl}, one object a line). A field names
 * the article ({@code file}, {@code filename} or {@code id}: its file name, with or without extension), and any of
 * {@code dct} (or {@code date}, {@code publication_date}, {@code published}, {@code datePublished}: an ISO date,
 * {@code YYYY-MM-DD}), {@code title} and {@code url} (the article's address). Other fields, such as
 * {@code publisher}, are ignored.
 */
public final class ArticleMetadata {

	/** One article's row. Empty fields are null. */
	public record Entry(@Nullable String dct, @Nullable String title, @Nullable String url) {
	}

	private static final List<String> KEYS = List.of("file", "filename", "id", "document");
	private static final List<String> DATES = List.of("dct", "date", "publication_date", "published", "datepublished");
	private static final List<String> URLS = List.of("url", "source", "link");
	private static final List<String> TITLES = List.of("title", "headline");

	private final Map<String, Entry> byName;
	private final @Nullable Path file;

	private ArticleMetadata(@Nullable Path file, Map<String, Entry> byName) {
		this.file = file;
		this.byName = byName;
	}

	/** Whether {@code file} is named as a metadata table that an import reads rather than imports. */
	public static boolean isMetadataFile(Path file) {
		var name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.equals("metadata.tsv") || name.equals("metadata.csv") || name.equals("metadata.jsonl");
	}

	/** No metadata. */
	public static ArticleMetadata none() {
		return new ArticleMetadata(null, Map.of());
	}

	/**
	 * Reads a metadata table.
	 *
	 * @throws ArticleImportException when the file cannot be read, has no column that names the article, or holds a
	 *                                date that is not an ISO date (naming the line)
	 */
	public static ArticleMetadata read(Path file) throws ArticleImportException {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new ArticleImportException(file, "Cannot read the metadata file " + file + ": " + IoProblems.reason(e) + ".");
		}
		var rows = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl") ? jsonRows(file, lines)
				: tableRows(file, lines);
		var byName = new HashMap<String, Entry>();
		for (var row : rows.entrySet()) {
			var fields = row.getValue();
			var name = first(fields, KEYS);
			if (name == null) {
				throw new ArticleImportException(file, file + ":" + row.getKey() + ": no field names the article; call"
						+ " one 'file' (the article's file name) or 'id'.");
			}
			var dct = first(fields, DATES);
			if (dct != null) {
				try {
					LocalDate.parse(dct.length() > 10 && dct.charAt(10) == 'T' ? dct.substring(0, 10) : dct);
					dct = dct.substring(0, Math.min(10, dct.length()));
				} catch (DateTimeParseException e) {
					throw new ArticleImportException(file, file + ":" + row.getKey() + ": '" + dct + "' is not a date as"
							+ " YYYY-MM-DD; correct it (or empty the field) and import again.");
				}
			}
			byName.put(name, new Entry(dct, first(fields, TITLES), first(fields, URLS)));
		}
		return new ArticleMetadata(file, byName);
	}

	/** The rows of a table with a header line, by line number; field names in lower case. */
	private static Map<Integer, Map<String, String>> tableRows(Path file, List<String> lines)
			throws ArticleImportException {
		var rows = new java.util.LinkedHashMap<Integer, Map<String, String>>();
		if (lines.isEmpty()) {
			return rows;
		}
		char separator = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? ',' : '\t';
		var header = split(lines.get(0).replace("\uFEFF", ""), separator).stream()
				.map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
		if (header.stream().noneMatch(KEYS::contains)) {
			throw new ArticleImportException(file, file + ":1: no column names the articles; call one 'file' (the"
					+ " article's file name) or 'id'.");
		}
		for (int i = 1; i < lines.size(); i++) {
			if (lines.get(i).isBlank()) {
				continue;
			}
			var values = split(lines.get(i), separator);
			var row = new HashMap<String, String>();
			for (int c = 0; c < Math.min(header.size(), values.size()); c++) {
				row.put(header.get(c), values.get(c));
			}
			rows.put(i + 1, row);
		}
		return rows;
	}

	/** The objects of a JSON-lines file, one a line, by line number; field names in lower case. */
	private static Map<Integer, Map<String, String>> jsonRows(Path file, List<String> lines)
			throws ArticleImportException {
		var rows = new java.util.LinkedHashMap<Integer, Map<String, String>>();
		for (int i = 0; i < lines.size(); i++) {
			var line = lines.get(i).replace("\uFEFF", "");
			if (line.isBlank()) {
				continue;
			}
			try {
				var row = new HashMap<String, String>();
				FlatJson.parseObject(line).forEach((k, v) -> row.put(k.toLowerCase(Locale.ROOT), v));
				rows.put(i + 1, row);
			} catch (IllegalArgumentException e) {
				throw new ArticleImportException(file, file + ":" + (i + 1) + ": not a JSON object (" + e.getMessage()
						+ "); each line holds one, such as {\"file\": \"story.html\", \"dct\": \"2025-03-04\"}.");
			}
		}
		return rows;
	}

	/** The row of the article in {@code articleFile}: by its file name, or its name without the extension. */
	public Optional<Entry> of(Path articleFile) {
		var name = articleFile.getFileName().toString();
		var entry = byName.get(name);
		if (entry == null && name.contains(".")) {
			entry = byName.get(name.substring(0, name.lastIndexOf('.')));
		}
		return Optional.ofNullable(entry);
	}

	/** The table this metadata came from, or null. */
	public @Nullable Path file() {
		return file;
	}

	public int size() {
		return byName.size();
	}

	/** The first of the fields {@code names} that the row has, stripped, with empty and "None" as absent. */
	private static @Nullable String first(Map<String, String> row, List<String> names) {
		for (var name : names) {
			var value = row.get(name);
			if (value != null && !value.isBlank() && !value.strip().equalsIgnoreCase("none")) {
				return value.strip();
			}
		}
		return null;
	}

	/** Splits a line; in a CSV, a field in double quotes may hold the separator, and "" is a quote. */
	static List<String> split(String line, char separator) {
		var fields = new ArrayList<String>();
		var field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (separator == ',' && c == '"') {
				if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				} else {
					quoted = !quoted;
				}
			} else if (c == separator && !quoted) {
				fields.add(field.toString());
				field.setLength(0);
			} else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields;
	}
}
