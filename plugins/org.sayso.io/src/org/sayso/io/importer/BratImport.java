package org.sayso.io.importer;

import org.sayso.core.Counts;
import org.eclipse.jdt.annotation.Nullable;
import org.sayso.core.store.ProjectStore;
import org.sayso.core.store.StoreException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.sayso.core.edit.AnnotationEdits;
import org.sayso.io.importer.BratStandoff.TextBound;
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
 * annotation set, through a {@link BratMapping}: the built-in one reads PARC and PolNeAR attribution files and
 * Sayso's own brat export (dates with their value in the note, {@code value: 2025-05}). Whatever the mapping has no
 * place for is counted in the outcome, never dropped in silence. A malformed line, a span past the end of the text, or a span whose text is not what the {@code .ann} says
 * refuses the document, naming the file and line; nothing of it is imported.
 */
final class BratImport {

	/** One {@code .ann} file of an article and the annotator whose set it becomes. */
	record AnnotationFile(Path file, String annotator) {
	}

	/** A date's note as Sayso's brat export writes it: {@code value: 2025-05} or {@code value: P2W; type: DURATION}. */
	private static final Pattern DATE_NOTE = Pattern.compile("value: (\\S+)(?:; type: (DATE|TIME|DURATION|SET))?");

	private static final SaysoFactory F = SaysoFactory.eINSTANCE;

	private final ProjectStore store;
	private final BratMapping mapping;

	BratImport(ProjectStore store, BratMapping mapping) {
		this.store = store;
		this.mapping = mapping;
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
				+ Counts.of(speakers, "speaker") + ", " + Counts.of(claims, "claim") + ", " + Counts.of(cues, "cue")
				+ (dates > 0 ? ", " + Counts.of(dates, "date") : "")
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

	private Converted convert(AnnotationFile source, BratStandoff standoff, StandoffText text)
			throws ArticleImportException {
		var file = source.file();
		var unmapped = new TreeMap<String, Integer>();
		var byId = new HashMap<String, Annotation>();
		var typeOf = new HashMap<String, String>();
		var triggers = new HashSet<String>();
		for (var event : standoff.events()) {
			if (mapping.events().containsKey(event.type())) {
				triggers.add(event.trigger());
			}
		}
		var annotations = new ArrayList<Annotation>();
		int discontinuous = 0;
		for (var span : standoff.textBounds()) {
			check(span, text, file);
			var target = mapping.spans().get(span.type());
			if (target == null) {
				if (!triggers.contains(span.id())) {
					unmapped.merge("span " + span.type(), 1, Integer::sum);
				}
				continue;
			}
			var annotation = switch (target) {
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
			typeOf.put(span.id(), span.type());
			annotations.add(annotation);
		}
		for (var event : standoff.events()) {
			var roles = mapping.events().get(event.type());
			if (roles == null) {
				unmapped.merge("event " + event.type(), 1, Integer::sum);
				continue;
			}
			var linked = new ArrayList<Annotation>();
			for (var argument : event.arguments()) {
				if (!roles.containsKey(argument.role())) {
					unmapped.merge("event role " + argument.role(), 1, Integer::sum);
				} else {
					linked.add(argumentOf(argument, byId, "the event " + event.id(), event.line(), file));
				}
			}
			link(linked, unmapped);
		}
		for (var relation : standoff.relations()) {
			if (!mapping.relations().containsKey(relation.type())) {
				unmapped.merge("relation " + relation.type(), 1, Integer::sum);
				continue;
			}
			var linked = new ArrayList<Annotation>();
			for (var argument : relation.arguments()) {
				linked.add(argumentOf(argument, byId, "the relation " + relation.id(), relation.line(), file));
			}
			link(linked, unmapped);
		}
		for (var attribute : standoff.attributes()) {
			var use = mapping.attributes().get(attribute.name());
			if (use == null || !apply(use, byId.get(attribute.target()), attribute.value())) {
				unmapped.merge("attribute " + attribute.name(), 1, Integer::sum);
			}
		}
		if (standoff.normalizations() > 0) {
			unmapped.put("normalization", standoff.normalizations());
		}
		for (var note : standoff.notes()) {
			var annotation = byId.get(note.target());
			var type = typeOf.get(note.target());
			var use = type == null ? null : mapping.notes().get(type);
			var dateNote = DATE_NOTE.matcher(note.text().strip());
			if (annotation == null) {
				unmapped.merge("note", 1, Integer::sum);
			} else if (use != null) {
				if (!apply(use, annotation, note.text().strip())) {
					unmapped.merge("note", 1, Integer::sum);
				}
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

	/** The annotation an argument names; an argument of a mapped event or relation must name a mapped span. */
	private static Annotation argumentOf(BratStandoff.Argument argument, Map<String, Annotation> byId, String what,
			int line, Path file) throws ArticleImportException {
		var target = byId.get(argument.target());
		if (target == null) {
			throw malformed(file, line, what + " names " + argument.target() + " as its " + argument.role()
					+ ", and the file has no such span of a mapped type");
		}
		return target;
	}

	/** Sets a kind, a date's value or a date's type; false when the annotation has no place for it. */
	private static boolean apply(BratMapping.AttributeUse use, Annotation annotation, @Nullable String value) {
		if (value == null || annotation == null) {
			return false;
		}
		switch (use) {
		case KIND -> {
			if (annotation instanceof Claim claim && ClaimKind.get(value) != null) {
				claim.setKind(ClaimKind.get(value));
				return true;
			}
			if (annotation instanceof SpeakerMention speaker && SpeakerKind.get(value) != null) {
				speaker.setKind(SpeakerKind.get(value));
				return true;
			}
			return false;
		}
		case VALUE -> {
			if (annotation instanceof DateMention date) {
				date.setValue(value);
				return true;
			}
			return false;
		}
		case DATE_TYPE -> {
			var type = DateType.get(value.toUpperCase(java.util.Locale.ROOT));
			if (annotation instanceof DateMention date && type != null) {
				date.setType(type);
				return true;
			}
			return false;
		}
		}
		return false;
	}

	/** Links the claims among {@code linked} to the speakers and cues among them. */
	private static void link(List<Annotation> linked, Map<String, Integer> unmapped) {
		var claims = linked.stream().filter(Claim.class::isInstance).map(Claim.class::cast).toList();
		if (claims.isEmpty()) {
			unmapped.merge("attribution without content", 1, Integer::sum);
			return;
		}
		for (var claim : claims) {
			for (var other : linked) {
				if (other instanceof SpeakerMention speaker && !claim.getSources().contains(speaker)) {
					claim.getSources().add(speaker);
				} else if (other instanceof Cue cue && !claim.getCues().contains(cue)) {
					claim.getCues().add(cue);
				} else if (other instanceof DateMention) {
					unmapped.merge("link to a date", 1, Integer::sum);
				}
			}
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
