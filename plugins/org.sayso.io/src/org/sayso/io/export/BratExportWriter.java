package org.sayso.io.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;
import org.sayso.io.export.DocumentSets.NamedSet;
import org.sayso.model.Annotation;
import org.sayso.model.AnnotationSet;
import org.sayso.model.Claim;
import org.sayso.model.Cue;
import org.sayso.model.DateMention;
import org.sayso.model.DateType;
import org.sayso.model.SpeakerMention;

/**
 * {@code brat}: per document {@code <docId>.txt} and its standoff annotations, {@code <docId>.ann} (with the selection
 * {@code all}, {@code <docId>_<set>.ann} per set), with {@code annotation.conf} and {@code visual.conf}, so that the
 * folder opens in brat as it is. Speakers are {@code Source}, cues {@code Cue}, claims {@code Content} and dates
 * {@code Date}, as PARC and PolNeAR name them; each claim's speakers and cues are an {@code Attribution} event; a
 * claim's or speaker's kind is the attribute {@code Kind}; a date's value (and type, when not DATE) is its note,
 * {@code value: 2025-05}. Offsets are brat's: code points of the {@code .txt}. {@code sayso import} reads the folder
 * back into the same sets.
 */
final class BratExportWriter implements ExportWriter {

	static final String ANNOTATION_CONF = """
			# Written by Sayso: the types of its brat export.
			[entities]
			Source
			Cue
			Content
			Date
			[relations]
			<OVERLAP>\tArg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>
			[events]
			Attribution\tContent:Content, Cue*:Cue, Source*:Source
			[attributes]
			Kind\tArg:Content|Source, Value:direct|indirect|mixed|person|organization|group|role|anonymous
			""";

	/** Okabe-Ito colours, as the editor draws them, readable with colour vision deficiencies. */
	static final String VISUAL_CONF = """
			# Written by Sayso.
			[labels]
			Source | Source | Src
			Cue | Cue
			Content | Content | Cnt
			Date | Date
			Attribution | Attribution | Att
			[drawing]
			Source\tbgColor:#E69F00
			Cue\tbgColor:#56B4E9
			Content\tbgColor:#009E73
			Date\tbgColor:#F0E442
			Attribution\tbgColor:#CC79A7
			""";

	private final boolean perSet;

	BratExportWriter(ExportRequest request) {
		this.perSet = request.selection() instanceof SetSelection.All;
	}

	@Override
	public void start(Path folder) throws IOException {
		Files.writeString(folder.resolve("annotation.conf"), ANNOTATION_CONF, StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("visual.conf"), VISUAL_CONF, StandardCharsets.UTF_8);
	}

	@Override
	public Written writeDocument(DocumentSets document, Path folder) throws IOException {
		var text = document.text();
		Files.writeString(folder.resolve(document.id() + ".txt"), text, StandardCharsets.UTF_8);
		var offsets = new CodePoints(text);
		for (NamedSet named : document.sets()) {
			var name = perSet ? document.id() + "_" + named.name() + ".ann" : document.id() + ".ann";
			Files.writeString(folder.resolve(name), standoff(named.set(), text, offsets), StandardCharsets.UTF_8);
		}
		return Written.NOTHING;
	}

	/** The {@code .ann} of one set. */
	static String standoff(AnnotationSet set, String text, CodePoints offsets) {
		var out = new StringBuilder();
		var ids = new HashMap<Annotation, String>();
		int notes = 0;
		int attributes = 0;
		for (var annotation : set.getAnnotations()) {
			var type = switch (annotation) {
			case SpeakerMention s -> "Source";
			case Cue c -> "Cue";
			case Claim c -> "Content";
			case DateMention d -> "Date";
			default -> null;
			};
			if (type == null) {
				continue;
			}
			var id = textBound(out, ids.size() + 1, type, annotation.getBegin(), annotation.getEnd(), text, offsets);
			ids.put(annotation, id);
			var kind = switch (annotation) {
			case SpeakerMention s when s.getKind() != null -> s.getKind().getLiteral();
			case Claim c when c.getKind() != null -> c.getKind().getLiteral();
			default -> null;
			};
			if (kind != null) {
				out.append('A').append(++attributes).append("\tKind ").append(id).append(' ').append(kind).append('\n');
			}
			var note = noteOf(annotation);
			if (note != null) {
				out.append('#').append(++notes).append("\tAnnotatorNotes ").append(id).append('\t')
						.append(note.replace('\n', ' ')).append('\n');
			}
		}
		int triggers = ids.size();
		int events = 0;
		for (var annotation : set.getAnnotations()) {
			if (!(annotation instanceof Claim claim) || claim.getSources().isEmpty() && claim.getCues().isEmpty()) {
				continue;
			}
			// the event's trigger is the cue, as PARC writes it, or the content when there is no cue
			Annotation anchor = claim.getCues().isEmpty() ? claim : claim.getCues().get(0);
			var trigger = textBound(out, ++triggers, "Attribution", anchor.getBegin(), anchor.getEnd(), text, offsets);
			out.append('E').append(++events).append("\tAttribution:").append(trigger).append(" Content:")
					.append(ids.get(claim));
			arguments(out, "Cue", claim.getCues(), ids);
			arguments(out, "Source", claim.getSources(), ids);
			out.append('\n');
		}
		return out.toString();
	}

	private static void arguments(StringBuilder out, String role, List<? extends Annotation> targets,
			Map<Annotation, String> ids) {
		int n = 0;
		for (var target : targets) {
			var id = ids.get(target);
			if (id != null) {
				out.append(' ').append(role).append(++n == 1 ? "" : String.valueOf(n)).append(':').append(id);
			}
		}
	}

	private static String textBound(StringBuilder out, int number, String type, int begin, int end, String text,
			CodePoints offsets) {
		var id = "T" + number;
		out.append(id).append('\t').append(type).append(' ').append(offsets.of(begin)).append(' ')
				.append(offsets.of(end)).append('\t').append(text, begin, end).append('\n');
		return id;
	}

	/** A date's value and type, or another annotation's note. */
	private static String noteOf(Annotation annotation) {
		if (annotation instanceof DateMention date && date.getValue() != null) {
			var note = "value: " + date.getValue();
			return date.getType() == null || date.getType() == DateType.DATE ? note
					: note + "; type: " + date.getType().getLiteral();
		}
		return annotation.getNote();
	}

	@Override
	public void append(DocumentSets document, Written written) {
		// every document has its own files
	}

	@Override
	public void finish(Path folder) {
		// the configuration was written first
	}

	/** UTF-16 offsets as code points, counted once per text; the identity for a text without surrogates. */
	static final class CodePoints {
		private final int @Nullable [] points;

		CodePoints(String text) {
			if (text.codePoints().count() == text.length()) {
				points = null;
				return;
			}
			points = new int[text.length() + 1];
			int point = 0;
			for (int i = 0; i < text.length(); i++) {
				points[i] = point;
				if (!Character.isLowSurrogate(text.charAt(i)) || i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))) {
					point++;
				}
			}
			points[text.length()] = point;
		}

		int of(int utf16) {
			return points == null ? utf16 : points[utf16];
		}
	}
}
