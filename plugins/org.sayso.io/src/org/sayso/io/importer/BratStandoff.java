package org.sayso.io.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

/**
 * A brat standoff file ({@code .ann}) as written: text-bound annotations ({@code T}), events ({@code E}),
 * relations ({@code R}), attributes ({@code A}, {@code M}), normalizations ({@code N}) and notes ({@code #}), each
 * with the line it came from. Offsets are brat's: code points of the text file, as Python counts them.
 * <p>
 * A text-bound annotation whose text crosses a line break continues on the next line of the file (brat writes the
 * text as it is): a line that does not start with an annotation id continues the text of the one before.
 */
public record BratStandoff(Path file, List<TextBound> textBounds, List<Event> events, List<Relation> relations,
		List<Attribute> attributes, int normalizations, List<Note> notes) {

	/** One piece of a span, in code points of the text file. */
	public record Fragment(int begin, int end) {
	}

	/** A {@code T} line: a typed span, maybe discontinuous, with the text it covers as the file gives it. */
	public record TextBound(String id, String type, List<Fragment> fragments, String text, int line) {

		/** The start of the covering span: fragments need not be in text order. */
		public int begin() {
			return fragments.stream().mapToInt(Fragment::begin).min().orElseThrow();
		}

		/** The end of the covering span. */
		public int end() {
			return fragments.stream().mapToInt(Fragment::end).max().orElseThrow();
		}
	}

	/** A role and the id it names: {@code Source:T14}; a repeated role's number is cut off ({@code Source2}). */
	public record Argument(String role, String target) {
	}

	/** An {@code E} line: an event of a type, its trigger ({@code T} id) and its arguments. */
	public record Event(String id, String type, String trigger, List<Argument> arguments, int line) {
	}

	/** An {@code R} line: a relation of a type between arguments ({@code Arg1:T1 Arg2:T2}). */
	public record Relation(String id, String type, List<Argument> arguments, int line) {
	}

	/** An {@code A} or {@code M} line: an attribute of an annotation, with its value (null for a flag). */
	public record Attribute(String id, String name, String target, @Nullable String value, int line) {
	}

	/** A {@code #} line: a note ({@code AnnotatorNotes}) on an annotation. */
	public record Note(String target, String text, int line) {
	}

	private static final Pattern RECORD_START = Pattern.compile("^([TERAMN]\\d+|#\\d*)\\t");
	private static final Pattern ROLE_NUMBER = Pattern.compile("\\d+$");

	public BratStandoff {
		textBounds = List.copyOf(textBounds);
		events = List.copyOf(events);
		relations = List.copyOf(relations);
		attributes = List.copyOf(attributes);
		notes = List.copyOf(notes);
	}

	/**
	 * Parses the content of a {@code .ann} file.
	 *
	 * @throws ArticleImportException for the first malformed line, naming the file and the line
	 */
	public static BratStandoff parse(Path file, String content) throws ArticleImportException {
		var textBounds = new ArrayList<TextBound>();
		var events = new ArrayList<Event>();
		var relations = new ArrayList<Relation>();
		var attributes = new ArrayList<Attribute>();
		var notes = new ArrayList<Note>();
		int normalizations = 0;
		var lines = content.split("\r\n|\r|\n", -1);
		TextBound open = null;
		for (int i = 0; i < lines.length; i++) {
			var line = lines[i];
			int number = i + 1;
			if (!RECORD_START.matcher(line).find()) {
				if (open != null && !(line.isEmpty() && i == lines.length - 1)) {
					// the text of the span before crossed a line break
					var continued = new TextBound(open.id(), open.type(), open.fragments(), open.text() + "\n" + line,
							open.line());
					textBounds.set(textBounds.size() - 1, continued);
					open = continued;
					continue;
				}
				if (line.isBlank()) {
					continue;
				}
				throw malformed(file, number, "it starts with no annotation id (T1, E1, R1, A1, N1, #1)");
			}
			open = null;
			var fields = line.split("\t", 3);
			var id = fields[0];
			var body = fields.length > 1 ? fields[1] : "";
			switch (id.charAt(0)) {
			case 'T' -> {
				if (fields.length < 3) {
					throw malformed(file, number, "a T line has three tab-separated fields: id, type and offsets, text");
				}
				open = textBound(file, number, id, body, fields[2]);
				textBounds.add(open);
			}
			case 'E' -> events.add(event(file, number, id, body));
			case 'R' -> {
				var parts = body.strip().split(" +");
				if (parts.length < 2) {
					throw malformed(file, number, "an R line names a type and two arguments: Type Arg1:T1 Arg2:T2");
				}
				relations.add(new Relation(id, parts[0], arguments(file, number, parts, 1), number));
			}
			case 'A', 'M' -> {
				var parts = body.strip().split(" +");
				if (parts.length < 2) {
					throw malformed(file, number, "an attribute line names an attribute and an annotation: Name T1 [Value]");
				}
				attributes.add(new Attribute(id, parts[0], parts[1], parts.length > 2 ? parts[2] : null, number));
			}
			case 'N' -> normalizations++;
			default -> {
				var parts = body.strip().split(" +");
				if (parts.length >= 2 && parts[0].equals("AnnotatorNotes")) {
					notes.add(new Note(parts[1], fields.length > 2 ? fields[2] : "", number));
				}
			}
			}
		}
		return new BratStandoff(file, textBounds, events, relations, attributes, normalizations, notes);
	}

	private static TextBound textBound(Path file, int line, String id, String typeAndOffsets, String text)
			throws ArticleImportException {
		int space = typeAndOffsets.indexOf(' ');
		if (space <= 0) {
			throw malformed(file, line, "a T line gives a type and offsets: 'Type 0 5' or 'Type 0 5;9 12'");
		}
		var type = typeAndOffsets.substring(0, space);
		var fragments = new ArrayList<Fragment>();
		for (var piece : typeAndOffsets.substring(space + 1).split(";")) {
			var offsets = piece.strip().split(" +");
			try {
				if (offsets.length != 2) {
					throw new NumberFormatException();
				}
				int begin = Integer.parseInt(offsets[0]);
				int end = Integer.parseInt(offsets[1]);
				if (begin < 0 || end < begin) {
					throw malformed(file, line, "the span " + piece.strip() + " ends before it begins");
				}
				fragments.add(new Fragment(begin, end));
			} catch (NumberFormatException e) {
				throw malformed(file, line, "'" + piece.strip() + "' is not a span of two offsets");
			}
		}
		return new TextBound(id, type, List.copyOf(fragments), text, line);
	}

	private static Event event(Path file, int line, String id, String body) throws ArticleImportException {
		var parts = body.strip().split(" +");
		var trigger = parts[0].split(":", 2);
		if (trigger.length != 2 || trigger[0].isEmpty()) {
			throw malformed(file, line, "an E line starts with its type and trigger: Type:T1");
		}
		return new Event(id, trigger[0], trigger[1], arguments(file, line, parts, 1), line);
	}

	private static List<Argument> arguments(Path file, int line, String[] parts, int from) throws ArticleImportException {
		var arguments = new ArrayList<Argument>();
		for (int i = from; i < parts.length; i++) {
			var argument = parts[i].split(":", 2);
			if (argument.length != 2 || argument[0].isEmpty() || argument[1].isEmpty()) {
				throw malformed(file, line, "'" + parts[i] + "' is not an argument Role:Id");
			}
			arguments.add(new Argument(ROLE_NUMBER.matcher(argument[0]).replaceFirst(""), argument[1]));
		}
		return List.copyOf(arguments);
	}

	/** A refusal of a standoff file for one of its lines: the file and line, why, and what to do. */
	public static ArticleImportException malformed(Path file, int line, String why) {
		return new ArticleImportException(file, file + ":" + line + ": " + why + ". Nothing was imported from this"
				+ " file; correct the line and import it again.");
	}
}
