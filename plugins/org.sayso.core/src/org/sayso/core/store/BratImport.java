package org.sayso.core.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sayso.core.edit.AnnotationEdits;
import org.sayso.core.importer.ArticleImportException;
import org.sayso.core.importer.BratStandoff;
import org.sayso.core.importer.BratStandoff.TextBound;
import org.sayso.core.importer.DocumentIds;
import org.sayso.core.importer.StandoffText;
import org.sayso.model.Annotation;
import org.sayso.model.Claim;
import org.sayso.model.ClaimKind;
import org.sayso.model.Cue;
import org.sayso.model.DateMention;
import org.sayso.model.DateType;
import org.sayso.model.Origin;
import org.sayso.model.SaysoFactory;
import org.sayso.model.SpeakerKind;
import org.sayso.model.SpeakerMention;

/**
 * Imports brat standoff: an article's {@code .txt} becomes a document, and each of its {@code .ann} files one
 * annotation set. The built-in mapping reads PARC and PolNeAR attribution files: {@code Source} spans become
 * speakers, {@code Cue} spans cues, {@code Content} spans claims, and each {@code Attribution} event links its content
 * to its source(s) and cue(s). It also reads back Sayso's brat export: {@code Date} spans with their value in the
 * note ({@code value: 2025-05}), and the {@code Kind} attribute of claims and speakers. Whatever the mapping has no place for is counted in the outcome, never dropped in
 * silence. A malformed line, a span past the end of the text, or a span whose text is not what the {@code .ann} says
 * refuses the document, naming the file and line; nothing of it is imported.
 */
final class BratImport {

	/** One {@code .ann} file of an article and the annotator whose set it becomes. */
	record AnnotationFile(Path file, String annotator) {
	}

	private enum Role {
		SPEAKER, CUE, CLAIM, DATE
	}

	/** PARC/PolNeAR: span types by role, and the attribution event with its argument roles. */
	private static final Map<String, Role> SPAN_TYPES = Map.of("Source", Role.SPEAKER, "Cue", Role.CUE, "Content",
			Role.CLAIM, "Date", Role.DATE);
	/** The attribute of a claim's or speaker's kind, as Sayso's brat export writes it. */
	private static final String KIND_ATTRIBUTE = "Kind";
	/** A date's note as Sayso's brat export writes it: {@code value: 2025-05} or {@code value: P2W; type: DURATION}. */
	private static final java.util.regex.Pattern DATE_NOTE = java.util.regex.Pattern
			.compile("value: (\\S+)(?:; type: (DATE|TIME|DURATION|SET))?");
	private static final String ATTRIBUTION_EVENT = "Attribution";

	private static final SaysoFactory F = SaysoFactory.eINSTANCE;

	private final ProjectStore store;

	BratImport(ProjectStore store) {
		this.store = store;
	}

	/** An {@code .ann} file converted to Sayso annotations, not yet in any set. */
	private record Converted(AnnotationFile source, List<Annotation> annotations, Map<String, Integer> unmapped,
			int discontinuous) {
	}

	ArticleImport.Outcome importDocument(Path textFile, List<AnnotationFile> annotationFiles)
			throws ArticleImportException, StoreException {
		var text = StandoffText.of(StandoffText.readUtf8(textFile));
		var converted = new ArrayList<Converted>();
		for (var annotationFile : annotationFiles) {
			converted.add(convert(annotationFile, BratStandoff.parse(annotationFile.file(), StandoffText.readUtf8(annotationFile.file())),
					text));
		}
		var wanted = DocumentIds.fromFileName(textFile.getFileName().toString().replaceFirst("(?i)\\.txt$", ""));
		var again = ArticleImport.alreadyImported(store, textFile, wanted, text.text());
		if (again.isPresent()) {
			return again.get();
		}
		var messages = new ArrayList<String>();
		var id = store.freeDocumentId(wanted);
		var document = store.addDocument(id, text.text());
		var written = new ArrayList<Path>(List.of(store.layout().text(id)));
		document.setSourceUri(textFile.toUri().toString());
		if (text.crlfs() > 0) {
			messages.add(text.crlfs() + " CRLF line end(s) stored as LF; the annotations' offsets were mapped with them.");
		}
		for (var set : converted) {
			var opened = store.openSet(document, set.source().annotator());
			if (opened.stamp() != null) {
				throw new StoreException(opened.file() + " exists already; it is never replaced by an import.");
			}
			opened.set().getAnnotations().addAll(set.annotations());
			store.save(opened, false);
			written.add(opened.file());
			messages.add(describe(set));
		}
		return new ArticleImport.Outcome(textFile, id, messages, null, written, false);
	}

	private static String describe(Converted set) {
		int speakers = 0, claims = 0, cues = 0, dates = 0;
		for (var a : set.annotations()) {
			speakers += a instanceof SpeakerMention ? 1 : 0;
			claims += a instanceof Claim ? 1 : 0;
			cues += a instanceof Cue ? 1 : 0;
			dates += a instanceof DateMention ? 1 : 0;
		}
		var line = new StringBuilder(set.source().annotator() + ": " + set.annotations().size() + " annotation(s): "
				+ speakers + " speakers, " + claims + " claims, " + cues + " cues" + (dates > 0 ? ", " + dates + " dates" : "")
				+ ", from " + set.source().file().getFileName());
		if (set.discontinuous() > 0) {
			line.append("; ").append(set.discontinuous())
					.append(" discontinuous span(s) imported as their covering span, with the pieces in the note");
		}
		if (!set.unmapped().isEmpty()) {
			line.append("; not imported (the mapping has no place for them): ");
			var first = true;
			for (var e : set.unmapped().entrySet()) {
				line.append(first ? "" : ", ").append(e.getValue()).append(" × ").append(e.getKey());
				first = false;
			}
		}
		return line.toString();
	}

	private static Converted convert(AnnotationFile source, BratStandoff standoff, StandoffText text)
			throws ArticleImportException {
		var file = source.file();
		var unmapped = new TreeMap<String, Integer>();
		var byId = new HashMap<String, Annotation>();
		var triggers = new java.util.HashSet<String>();
		for (var event : standoff.events()) {
			if (event.type().equals(ATTRIBUTION_EVENT)) {
				triggers.add(event.trigger());
			}
		}
		var annotations = new ArrayList<Annotation>();
		int discontinuous = 0;
		for (var span : standoff.textBounds()) {
			check(span, text, file);
			var role = SPAN_TYPES.get(span.type());
			if (role == null) {
				if (!triggers.contains(span.id())) {
					unmapped.merge("span " + span.type(), 1, Integer::sum);
				}
				continue;
			}
			var annotation = switch (role) {
			case SPEAKER -> F.createSpeakerMention();
			case CUE -> F.createCue();
			case CLAIM -> F.createClaim();
			case DATE -> F.createDateMention();
			};
			annotation.setBegin(text.offset(span.begin()));
			annotation.setEnd(text.offset(span.end()));
			annotation.setOrigin(Origin.MANUAL);
			annotation.setAuthor(source.annotator());
			if (span.fragments().size() > 1) {
				discontinuous++;
				annotation.setNote("discontinuous in " + file.getFileName() + ": " + pieces(span));
			}
			if (annotation instanceof Claim claim) {
				claim.setKind(AnnotationEdits.kindOfClaim(text.text().substring(claim.getBegin(), claim.getEnd())));
			}
			byId.put(span.id(), annotation);
			annotations.add(annotation);
		}
		for (var event : standoff.events()) {
			if (!event.type().equals(ATTRIBUTION_EVENT)) {
				unmapped.merge("event " + event.type(), 1, Integer::sum);
				continue;
			}
			link(event, byId, unmapped, file);
		}
		standoff.relations().forEach(r -> unmapped.merge("relation " + r.type(), 1, Integer::sum));
		for (var attribute : standoff.attributes()) {
			if (!kind(byId.get(attribute.target()), attribute)) {
				unmapped.merge("attribute " + attribute.name(), 1, Integer::sum);
			}
		}
		if (standoff.normalizations() > 0) {
			unmapped.put("normalization", standoff.normalizations());
		}
		for (var note : standoff.notes()) {
			var annotation = byId.get(note.target());
			var dateNote = DATE_NOTE.matcher(note.text().strip());
			if (annotation == null) {
				unmapped.merge("note", 1, Integer::sum);
			} else if (annotation instanceof DateMention date && dateNote.matches()) {
				date.setValue(dateNote.group(1));
				if (dateNote.group(2) != null) {
					date.setType(DateType.get(dateNote.group(2)));
				}
			} else {
				annotation.setNote(annotation.getNote() == null ? note.text() : annotation.getNote() + "; " + note.text());
			}
		}
		return new Converted(source, annotations, unmapped, discontinuous);
	}

	/** Sets a claim's or speaker's kind from a {@code Kind} attribute; false when the attribute is not one. */
	private static boolean kind(Annotation annotation, BratStandoff.Attribute attribute) {
		if (!attribute.name().equals(KIND_ATTRIBUTE) || attribute.value() == null) {
			return false;
		}
		if (annotation instanceof Claim claim && ClaimKind.get(attribute.value()) != null) {
			claim.setKind(ClaimKind.get(attribute.value()));
			return true;
		}
		if (annotation instanceof SpeakerMention speaker && SpeakerKind.get(attribute.value()) != null) {
			speaker.setKind(SpeakerKind.get(attribute.value()));
			return true;
		}
		return false;
	}

	private static void link(BratStandoff.Event event, Map<String, Annotation> byId, Map<String, Integer> unmapped,
			Path file) throws ArticleImportException {
		var claims = new ArrayList<Claim>();
		var speakers = new ArrayList<SpeakerMention>();
		var cues = new ArrayList<Cue>();
		for (var argument : event.arguments()) {
			var target = byId.get(argument.target());
			switch (argument.role()) {
			case "Content", "Source", "Cue" -> {
				if (target == null) {
					throw malformed(file, event.line(), "the event " + event.id() + " names " + argument.target()
							+ " as its " + argument.role() + ", and the file has no such span");
				}
				switch (target) {
				case Claim c -> claims.add(c);
				case SpeakerMention s -> speakers.add(s);
				case Cue c -> cues.add(c);
				default -> unmapped.merge("event role " + argument.role() + " naming a " + target.eClass().getName(), 1,
						Integer::sum);
				}
			}
			default -> unmapped.merge("event role " + argument.role(), 1, Integer::sum);
			}
		}
		for (var claim : claims) {
			speakers.stream().filter(s -> !claim.getSources().contains(s)).forEach(claim.getSources()::add);
			cues.stream().filter(c -> !claim.getCues().contains(c)).forEach(claim.getCues()::add);
		}
		if (claims.isEmpty()) {
			unmapped.merge("attribution without content", 1, Integer::sum);
		}
	}

	private static void check(TextBound span, StandoffText text, Path file) throws ArticleImportException {
		var covered = new StringBuilder();
		for (var fragment : span.fragments()) {
			if (fragment.end() > text.length()) {
				throw malformed(file, span.line(), "the span " + fragment.begin() + "-" + fragment.end()
						+ " ends past the end of the text (" + text.length() + " characters)");
			}
			covered.append(covered.isEmpty() ? "" : " ")
					.append(text.text(), text.offset(fragment.begin()), text.offset(fragment.end()));
		}
		var expected = covered.toString();
		var given = span.text().replace("\r\n", "\n");
		if (!expected.equals(given) && !expected.stripTrailing().equals(given.stripTrailing())) {
			throw malformed(file, span.line(), "the text at " + pieces(span) + " is \"" + shorten(expected)
					+ "\", not \"" + shorten(given) + "\" as the file says: it was made for another version of the text");
		}
	}

	private static String pieces(TextBound span) {
		var text = new StringBuilder();
		for (var f : span.fragments()) {
			text.append(text.isEmpty() ? "" : ";").append(f.begin()).append('-').append(f.end());
		}
		return text.toString();
	}

	private static String shorten(String text) {
		var oneLine = text.replace("\n", "\\n");
		return oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine;
	}

	private static ArticleImportException malformed(Path file, int line, String why) {
		return BratStandoff.malformed(file, line, why);
	}
}
