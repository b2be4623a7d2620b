package org.sayso.curation.tests.merge;

import java.util.HashMap;
import java.util.Map;

import org.sayso.model.AnnotationSet;
import org.sayso.model.Claim;
import org.sayso.model.ClaimKind;
import org.sayso.model.Cue;
import org.sayso.model.DateMention;
import org.sayso.model.DateType;
import org.sayso.model.SaysoFactory;
import org.sayso.model.SpeakerEntity;
import org.sayso.model.SpeakerKind;
import org.sayso.model.SpeakerMention;

/** Annotates a set by phrases of its document's text, as an annotator would: the n-th occurrence of a phrase. */
public final class Annotate {

	private static final SaysoFactory F = SaysoFactory.eINSTANCE;

	private final AnnotationSet set;
	private final String text;
	private final Map<String, SpeakerEntity> entities = new HashMap<>();

	public Annotate(AnnotationSet set) {
		this.set = set;
		this.text = set.getDocument().getText();
	}

	public AnnotationSet set() {
		return set;
	}

	public SpeakerMention speaker(String phrase, String entityId) {
		return speaker(phrase, 1, entityId, SpeakerKind.PERSON);
	}

	public SpeakerMention speaker(String phrase, int occurrence, String entityId, SpeakerKind kind) {
		var speaker = F.createSpeakerMention();
		span(speaker, phrase, occurrence);
		speaker.setKind(kind);
		if (entityId != null) {
			speaker.setEntity(entities.computeIfAbsent(entityId, id -> {
				var entity = F.createSpeakerEntity();
				entity.setId(id);
				entity.setName(phrase);
				set.getEntities().add(entity);
				return entity;
			}));
		}
		set.getAnnotations().add(speaker);
		return speaker;
	}

	public Cue cue(String phrase) {
		return cue(phrase, 1);
	}

	public Cue cue(String phrase, int occurrence) {
		var cue = F.createCue();
		span(cue, phrase, occurrence);
		set.getAnnotations().add(cue);
		return cue;
	}

	/** A claim attributed to the speakers, with the cue when it is not null. */
	public Claim claim(String phrase, ClaimKind kind, Cue cue, SpeakerMention... speakers) {
		var claim = F.createClaim();
		span(claim, phrase, 1);
		claim.setKind(kind);
		if (cue != null) {
			claim.getCues().add(cue);
		}
		for (var speaker : speakers) {
			claim.getSources().add(speaker);
		}
		set.getAnnotations().add(claim);
		return claim;
	}

	public DateMention date(String phrase, String value) {
		var date = F.createDateMention();
		span(date, phrase, 1);
		date.setValue(value);
		date.setType(DateType.DATE);
		set.getAnnotations().add(date);
		return date;
	}

	private void span(org.sayso.model.Annotation annotation, String phrase, int occurrence) {
		int at = -1;
		for (int i = 0; i < occurrence; i++) {
			at = text.indexOf(phrase, at + 1);
			if (at < 0) {
				throw new IllegalArgumentException("'" + phrase + "' does not occur " + occurrence + " times in the text");
			}
		}
		annotation.setBegin(at);
		annotation.setEnd(at + phrase.length());
	}
}
