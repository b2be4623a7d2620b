package org.sayso.tests.support;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;

import org.eclipse.emf.common.util.ECollections;
import org.sayso.model.Annotation;
import org.sayso.model.AnnotationSet;
import org.sayso.model.Claim;
import org.sayso.model.ClaimKind;
import org.sayso.model.Cue;
import org.sayso.model.DateMention;
import org.sayso.model.DateType;
import org.sayso.model.Origin;
import org.sayso.model.SaysoFactory;
import org.sayso.model.SetState;
import org.sayso.model.SpeakerEntity;
import org.sayso.model.SpeakerKind;
import org.sayso.model.SpeakerMention;

/** An annotation set that uses every type and feature of the model, on a short article of our own. */
public final class SampleSets {

	public static final String TEXT = """
			Harbour Talks Resume 🚢

			ROTTERDAM (Sayso Wire) March 7, 2024 – Union leader Maria Lopez said on Thursday the talks \
			would resume “within two weeks”. “We are not asking for the moon,” she told reporters.

			The two port authorities said in a joint statement that shifts from May to July would be shortened.""";

	private static final SaysoFactory F = SaysoFactory.eINSTANCE;

	/** Every model feature set to a non-default value somewhere. */
	public static AnnotationSet everything() {
		var document = F.createDocument();
		document.setId("harbour-talks");
		document.setTitle("Harbour Talks Resume");
		document.setSourceUri("file:/news/harbour-talks.txt");
		document.setLanguage("en");
		document.setDct("2024-03-07");
		document.setDctOrigin("dateline");
		document.setText(TEXT);

		var set = F.createAnnotationSet();
		set.setDocument(document);
		set.setAnnotator("ana");
		set.setState(SetState.IN_PROGRESS);
		set.setLastModified(Date.from(Instant.parse("2024-03-08T10:15:30.123Z")));

		var lopezEntity = entity(set, "maria-lopez", "Maria Lopez");
		var lopez = speaker(set, "Maria Lopez", lopezEntity, SpeakerKind.PERSON);
		var she = speaker(set, "she", lopezEntity, SpeakerKind.PERSON);
		she.setOrigin(Origin.SUGGESTED);
		she.setAuthor("sayso-suggest");
		var authorities = speaker(set, "The two port authorities", entity(set, "port-authorities", "port authorities"),
				SpeakerKind.ORGANIZATION);
		var anonymous = speaker(set, "Union leader", null, SpeakerKind.ROLE);
		anonymous.setNote("role description, same person as Lopez");

		var said = span(set, F.createCue(), "said on");
		said.setEnd(said.getBegin() + 4);
		var told = span(set, F.createCue(), "told reporters");
		told.setNote("cue with a note");
		var statement = span(set, F.createCue(), "said in a joint statement");

		var indirect = claim(set, "the talks would resume “within two weeks”", ClaimKind.MIXED, lopez);
		indirect.getCues().add(said);
		var direct = claim(set, "“We are not asking for the moon,”", ClaimKind.DIRECT, she);
		direct.getCues().add(told);
		direct.setNote("quote spans the attribution");
		var joint = claim(set, "shifts from May to July would be shortened", ClaimKind.INDIRECT, authorities);
		joint.getSources().add(anonymous);
		joint.getCues().add(statement);
		joint.setOrigin(Origin.MERGED);

		date(set, "March 7, 2024", "2024-03-07", DateType.DATE, false);
		date(set, "Thursday", "2024-03-07", DateType.DATE, true);
		date(set, "within two weeks", "P2W", DateType.DURATION, false);
		var range = date(set, "from May to July", "2024-05/2024-07", DateType.DATE, true);
		range.setNote("interval");
		return set;
	}

	/** Annotations in text order and entities by id, so that sets read back from a CAS compare equal. */
	public static AnnotationSet canonical(AnnotationSet set) {
		ECollections.sort(set.getAnnotations(), Comparator.comparingInt(Annotation::getBegin)
				.thenComparing(Comparator.comparingInt(Annotation::getEnd).reversed())
				.thenComparing(a -> a.eClass().getName()));
		ECollections.sort(set.getEntities(), Comparator.comparing(SpeakerEntity::getId));
		return set;
	}

	private static SpeakerEntity entity(AnnotationSet set, String id, String name) {
		var entity = F.createSpeakerEntity();
		entity.setId(id);
		entity.setName(name);
		set.getEntities().add(entity);
		return entity;
	}

	private static SpeakerMention speaker(AnnotationSet set, String covered, SpeakerEntity entity, SpeakerKind kind) {
		var speaker = span(set, F.createSpeakerMention(), covered);
		speaker.setEntity(entity);
		speaker.setKind(kind);
		return speaker;
	}

	private static Claim claim(AnnotationSet set, String covered, ClaimKind kind, SpeakerMention speaker) {
		var claim = span(set, F.createClaim(), covered);
		claim.setKind(kind);
		claim.getSources().add(speaker);
		return claim;
	}

	private static DateMention date(AnnotationSet set, String covered, String value, DateType type, boolean dct) {
		var date = span(set, F.createDateMention(), covered);
		date.setValue(value);
		date.setType(type);
		date.setDctDependent(dct);
		return date;
	}

	static <T extends Annotation> T span(AnnotationSet set, T annotation, String covered) {
		return place(set, annotation, TEXT, covered);
	}

	/** Adds {@code annotation} to {@code set} over the first {@code covered} in {@code text}, by the set's annotator. */
	public static <T extends Annotation> T place(AnnotationSet set, T annotation, String text, String covered) {
		int begin = text.indexOf(covered);
		if (begin < 0) {
			throw new IllegalArgumentException(covered);
		}
		annotation.setBegin(begin);
		annotation.setEnd(begin + covered.length());
		annotation.setAuthor(set.getAnnotator());
		set.getAnnotations().add(annotation);
		return annotation;
	}

	static Cue cue(AnnotationSet set, String covered) {
		return span(set, F.createCue(), covered);
	}

	private SampleSets() {
	}
}
