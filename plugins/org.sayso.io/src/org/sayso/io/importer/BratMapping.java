package org.sayso.io.importer;

import org.sayso.core.IoProblems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How the types of a brat schema become Sayso's annotations and links. {@link #PARC} reads PARC and PolNeAR files
 * and Sayso's own brat export; a mapping file ({@code --mapping FILE}) describes any other schema, one rule a line,
 * {@code #} starting a comment:
 *
 * <pre>
 * span Quote = claim                 # spans of type Quote become claims (also: speaker, cue, date)
 * span Speaker = speaker
 * relation Said-by = speaker         # links the claim among its two arguments to the speaker (or: cue)
 * event Attribution Content=claim Source=speaker Cue=cue   # an event's roles; the claims get the others as links
 * attribute Value = value            # an attribute that is a date's value (also: kind, date-type)
 * note Date = value                  # the annotator's notes on spans of type Date are their values
 * </pre>
 *
 * Whatever a mapping does not name is counted by the import, never dropped in silence.
 */
public record BratMapping(Map<String, Target> spans, Map<String, Target> relations,
		Map<String, Map<String, Target>> events, Map<String, AttributeUse> attributes, Map<String, AttributeUse> notes) {

	/** What a brat span, relation or event role stands for in Sayso. */
	public enum Target {
		SPEAKER, CUE, CLAIM, DATE
	}

	/** What an attribute's value (or a note's text) sets. */
	public enum AttributeUse {
		KIND, VALUE, DATE_TYPE
	}

	/** PARC, PolNeAR and Sayso's brat export. */
	public static final BratMapping PARC = new BratMapping(
			Map.of("Source", Target.SPEAKER, "Cue", Target.CUE, "Content", Target.CLAIM, "Date", Target.DATE), Map.of(),
			Map.of("Attribution", Map.of("Content", Target.CLAIM, "Source", Target.SPEAKER, "Cue", Target.CUE)),
			Map.of("Kind", AttributeUse.KIND), Map.of());

	public BratMapping {
		spans = Map.copyOf(spans);
		relations = Map.copyOf(relations);
		events = Map.copyOf(events);
		attributes = Map.copyOf(attributes);
		notes = Map.copyOf(notes);
	}

	/**
	 * Reads a mapping file.
	 *
	 * @throws ArticleImportException for a line that is not a rule, naming the file and line
	 */
	public static BratMapping read(Path file) throws ArticleImportException {
		String content;
		try {
			content = Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new ArticleImportException(file, "Cannot read the mapping " + file + ": " + IoProblems.reason(e) + ".");
		}
		var spans = new HashMap<String, Target>();
		var relations = new HashMap<String, Target>();
		var events = new HashMap<String, Map<String, Target>>();
		var attributes = new HashMap<String, AttributeUse>();
		var notes = new HashMap<String, AttributeUse>();
		var lines = content.split("\r\n|\r|\n");
		for (int i = 0; i < lines.length; i++) {
			var line = lines[i].replaceFirst("#.*", "").strip();
			if (line.isEmpty()) {
				continue;
			}
			var words = line.split("\\s+");
			try {
				switch (words[0]) {
				case "span" -> spans.put(name(words), target(rhs(words)));
				case "relation" -> relations.put(name(words), linkTarget(rhs(words)));
				case "event" -> {
					var roles = new HashMap<String, Target>();
					for (int w = 2; w < words.length; w++) {
						var role = words[w].split("=", 2);
						if (role.length != 2) {
							throw new IllegalArgumentException("an event's roles are Role=target, not '" + words[w] + "'");
						}
						roles.put(role[0], target(role[1]));
					}
					if (words.length < 3) {
						throw new IllegalArgumentException("an event rule names its type and roles");
					}
					events.put(words[1], Map.copyOf(roles));
				}
				case "attribute" -> attributes.put(name(words), use(rhs(words)));
				case "note" -> notes.put(name(words), use(rhs(words)));
				default -> throw new IllegalArgumentException("a rule starts with span, relation, event, attribute or note");
				}
			} catch (IllegalArgumentException e) {
				throw new ArticleImportException(file, file + ":" + (i + 1) + ": " + e.getMessage() + ". See 'sayso help"
						+ " import' for the rules of a mapping.");
			}
		}
		return new BratMapping(spans, relations, events, attributes, notes);
	}

	private static String name(String[] words) {
		if (words.length != 4 || !words[2].equals("=")) {
			throw new IllegalArgumentException("a " + words[0] + " rule is '" + words[0] + " <name> = <what>'");
		}
		return words[1];
	}

	private static String rhs(String[] words) {
		return words[3].toLowerCase(Locale.ROOT);
	}

	private static Target target(String word) {
		return switch (word.toLowerCase(Locale.ROOT)) {
		case "speaker" -> Target.SPEAKER;
		case "cue" -> Target.CUE;
		case "claim" -> Target.CLAIM;
		case "date" -> Target.DATE;
		default -> throw new IllegalArgumentException("'" + word + "' is none of speaker, cue, claim, date");
		};
	}

	private static Target linkTarget(String word) {
		var target = target(word);
		if (target != Target.SPEAKER && target != Target.CUE) {
			throw new IllegalArgumentException("a relation links a claim to a speaker or a cue, not to a " + word);
		}
		return target;
	}

	private static AttributeUse use(String word) {
		return switch (word) {
		case "kind" -> AttributeUse.KIND;
		case "value" -> AttributeUse.VALUE;
		case "date-type" -> AttributeUse.DATE_TYPE;
		default -> throw new IllegalArgumentException("'" + word + "' is none of kind, value, date-type");
		};
	}
}
