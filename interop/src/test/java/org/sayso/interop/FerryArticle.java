package org.sayso.interop;

import java.util.List;

import org.sayso.model.Annotation;
import org.sayso.model.AnnotationSet;
import org.sayso.model.Claim;
import org.sayso.model.ClaimKind;
import org.sayso.model.Cue;
import org.sayso.model.DateMention;
import org.sayso.model.DateType;
import org.sayso.model.Document;
import org.sayso.model.Origin;
import org.sayso.model.SaysoFactory;
import org.sayso.model.SpeakerEntity;
import org.sayso.model.SpeakerKind;
import org.sayso.model.SpeakerMention;

/**
 * A short wire story of our own with an annotation set that a reader outside Sayso can get wrong: emoji (one outside
 * the BMP, so two UTF-16 units) before every annotation and inside a quote, curly quotes and apostrophes, a joint
 * claim with two speakers, a mixed claim, pronoun and role mentions of one entity, and dates with an interval, a
 * duration and a DCT-dependent weekday.
 */
final class FerryArticle {

	static final String ID = "ferry-fares";
	static final String TITLE = "Ferry Fares Frozen for the Winter";
	static final String DCT = "2025-10-14";

	static final String TEXT = """
			Ferry Fares Frozen for the Winter 🌊⛴️

			KIEL (Sayso Wire) October 14, 2025 – Transport minister Jonas Berg and the ferry operators’ association \
			said on Tuesday that fares “will not rise before the spring”. “Nobody on the islands should pay more for \
			the same crossing 🙏,” Berg told reporters in the harbour office.

			The agreement covers the winter timetable from November 3 to March 29, the association’s spokeswoman, \
			Ines Kraft, said. She added that a review would follow within six weeks and that new fares could apply \
			in 2026.
			""";

	/** How many annotations of each type {@link #annotate} makes, so that a test cannot pass on an empty set. */
	static final int SPEAKERS = 6, CUES = 4, CLAIMS = 4, DATES = 5;

	private static final SaysoFactory F = SaysoFactory.eINSTANCE;

	private FerryArticle() {
	}

	/** The document metadata that must reach DKPro's DocumentMetaData and Sayso's DocumentCreationTime. */
	static void describe(Document document) {
		document.setTitle(TITLE);
		document.setSourceUri("file:/wire/2025/ferry-fares.txt");
		document.setLanguage("en");
		document.setDct(DCT);
		document.setDctOrigin("dateline");
	}

	/** Fills an empty set on {@link #TEXT}. */
	static void annotate(AnnotationSet set) {
		var spans = new Spans(set, TEXT);
		var berg = entity(set, "jonas-berg", "Jonas Berg");
		var operators = entity(set, "ferry-operators", "Ferry Operators’ Association");
		var kraft = entity(set, "ines-kraft", "Ines Kraft");

		var minister = speaker(spans, "Transport minister Jonas Berg", 1, berg, SpeakerKind.PERSON);
		var association = speaker(spans, "the ferry operators’ association", 1, operators, SpeakerKind.ORGANIZATION);
		var bergAgain = speaker(spans, "Berg", 2, berg, SpeakerKind.PERSON);
		var spokeswoman = speaker(spans, "the association’s spokeswoman", 1, kraft, SpeakerKind.ROLE);
		spokeswoman.setNote("role and name are one mention each");
		var inesKraft = speaker(spans, "Ines Kraft", 1, kraft, SpeakerKind.PERSON);
		var she = speaker(spans, "She", 1, kraft, SpeakerKind.PERSON);
		she.setOrigin(Origin.SUGGESTED);
		she.setAuthor("sayso-suggest");

		var saidJointly = spans.add(F.createCue(), "said", 1);
		var told = spans.add(F.createCue(), "told reporters", 1);
		var saidKraft = spans.add(F.createCue(), "said", 2);
		var added = spans.add(F.createCue(), "added", 1);

		// one statement of two sources: two SourceLinks in one claim
		var joint = claim(spans, "fares “will not rise before the spring”", ClaimKind.MIXED, saidJointly, minister,
				association);
		var quote = claim(spans, "“Nobody on the islands should pay more for the same crossing 🙏,”", ClaimKind.DIRECT,
				told, bergAgain);
		quote.setNote("the emoji is in the original post");
		var timetable = claim(spans, "The agreement covers the winter timetable from November 3 to March 29",
				ClaimKind.INDIRECT, saidKraft, inesKraft);
		timetable.setOrigin(Origin.MERGED);
		claim(spans, "a review would follow within six weeks and that new fares could apply in 2026", ClaimKind.INDIRECT,
				added, she);
		joint.setNote("joint statement");

		date(spans, "October 14, 2025", "2025-10-14", DateType.DATE, false);
		date(spans, "Tuesday", "2025-10-14", DateType.DATE, true);
		var winter = date(spans, "from November 3 to March 29", "2025-11-03/2026-03-29", DateType.DATE, true);
		winter.setNote("interval across the new year");
		date(spans, "within six weeks", "P6W", DateType.DURATION, false);
		date(spans, "2026", "2026", DateType.DATE, false);
	}

	private static SpeakerEntity entity(AnnotationSet set, String id, String name) {
		var entity = F.createSpeakerEntity();
		entity.setId(id);
		entity.setName(name);
		set.getEntities().add(entity);
		return entity;
	}

	private static SpeakerMention speaker(Spans spans, String covered, int occurrence, SpeakerEntity entity,
			SpeakerKind kind) {
		var speaker = spans.add(F.createSpeakerMention(), covered, occurrence);
		speaker.setEntity(entity);
		speaker.setKind(kind);
		return speaker;
	}

	private static Claim claim(Spans spans, String covered, ClaimKind kind, Cue cue, SpeakerMention... sources) {
		var claim = spans.add(F.createClaim(), covered, 1);
		claim.setKind(kind);
		claim.getCues().add(cue);
		claim.getSources().addAll(List.of(sources));
		return claim;
	}

	private static DateMention date(Spans spans, String covered, String value, DateType type, boolean dct) {
		var date = spans.add(F.createDateMention(), covered, 1);
		date.setValue(value);
		date.setType(type);
		date.setDctDependent(dct);
		return date;
	}

	/** Places annotations by the text they cover, so offsets are Java String (UTF-16) indices by construction. */
	record Spans(AnnotationSet set, String text) {

		/** Adds the annotation over the {@code occurrence}-th (from 1) occurrence of {@code covered}. */
		<T extends Annotation> T add(T annotation, String covered, int occurrence) {
			int begin = -1;
			for (int i = 0; i < occurrence; i++) {
				begin = text.indexOf(covered, begin + 1);
				if (begin < 0) {
					throw new IllegalArgumentException("'" + covered + "' does not occur " + occurrence + " times");
				}
			}
			annotation.setBegin(begin);
			annotation.setEnd(begin + covered.length());
			annotation.setAuthor(set.getAnnotator());
			set.getAnnotations().add(annotation);
			return annotation;
		}
	}
}
