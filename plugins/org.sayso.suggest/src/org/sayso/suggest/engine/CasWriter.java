package org.sayso.suggest.engine;

import static org.sayso.core.SaysoTypes.*;

import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.Locale;

import org.eclipse.jdt.annotation.Nullable;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.sayso.core.dates.DateExpression;
import org.sayso.core.dates.DctValue;
import org.sayso.suggest.ArticleAnalysis;
import org.sayso.suggest.FoundCue;
import org.sayso.suggest.FoundSpeaker;

/** Writes what an analysis found into a CAS as Sayso's contract types, with origin "suggested". */
final class CasWriter {

	static final String SUGGESTED = "suggested";

	private final CAS cas;

	CasWriter(CAS cas) {
		this.cas = cas;
	}

	/** The CAS's DCT as a date, or {@code null} when it has none or it is not ISO. */
	@Nullable
	LocalDate dct() {
		var type = type(DOCUMENT_CREATION_TIME);
		for (var it = cas.getIndexRepository().getAllIndexedFS(type); it.hasNext();) {
			var value = it.next().getStringValue(type.getFeatureByBaseName(F_VALUE));
			if (value != null && value.length() >= 10) {
				return DctValue.dayOf(value);
			}
		}
		return null;
	}

	void dates(ArticleAnalysis analysis) {
		var type = type(DATE_MENTION);
		for (DateExpression d : analysis.dates()) {
			var fs = cas.createAnnotation(type, d.begin(), d.end());
			set(fs, F_VALUE, d.value());
			set(fs, F_TYPE, d.type().name());
			fs.setBooleanValue(type.getFeatureByBaseName(F_DCT_DEPENDENT), d.dctDependent());
			set(fs, F_ORIGIN, SUGGESTED);
			set(fs, F_NOTE, d.note());
			cas.addFsToIndexes(fs);
		}
	}

	void attribution(ArticleAnalysis analysis) {
		var speakers = new IdentityHashMap<FoundSpeaker, AnnotationFS>();
		var cues = new IdentityHashMap<FoundCue, AnnotationFS>();
		for (var s : analysis.speakers()) {
			var fs = cas.createAnnotation(type(SPEAKER), s.begin(), s.end());
			set(fs, F_ENTITY, s.entityId());
			set(fs, F_ENTITY_NAME, s.entityName());
			set(fs, F_KIND, s.kind().getLiteral());
			set(fs, F_ORIGIN, SUGGESTED);
			cas.addFsToIndexes(fs);
			speakers.put(s, fs);
		}
		for (var c : analysis.cues()) {
			var fs = cas.createAnnotation(type(CUE), c.begin(), c.end());
			set(fs, F_ORIGIN, SUGGESTED);
			cas.addFsToIndexes(fs);
			cues.put(c, fs);
		}
		for (var c : analysis.claims()) {
			var fs = cas.createAnnotation(type(CLAIM), c.begin(), c.end());
			set(fs, F_KIND, c.kind().getLiteral());
			set(fs, F_ORIGIN, SUGGESTED);
			var who = c.speakers();
			var sources = cas.createArrayFS(who.size());
			for (int i = 0; i < who.size(); i++) {
				sources.set(i, link(SOURCE_LINK, "speaker", speakers.get(who.get(i))));
			}
			fs.setFeatureValue(type(CLAIM).getFeatureByBaseName(F_SOURCES), sources);
			var cue = c.cue() == null ? null : cues.get(c.cue());
			var links = cas.createArrayFS(cue == null ? 0 : 1);
			if (cue != null) {
				links.set(0, link(CUE_LINK, "cue", cue));
			}
			fs.setFeatureValue(type(CLAIM).getFeatureByBaseName(F_CUES), links);
			cas.addFsToIndexes(fs);
		}
	}

	private FeatureStructure link(String typeName, String role, AnnotationFS target) {
		var type = type(typeName);
		var link = cas.createFS(type);
		link.setStringValue(type.getFeatureByBaseName(F_ROLE), role);
		link.setFeatureValue(type.getFeatureByBaseName(F_TARGET), target);
		return link;
	}

	private void set(FeatureStructure fs, String feature, @Nullable String value) {
		fs.setStringValue(fs.getType().getFeatureByBaseName(feature), value);
	}

	private Type type(String name) {
		var type = cas.getTypeSystem().getType(name);
		if (type == null) {
			throw new IllegalArgumentException("The CAS lacks Sayso's type " + name
					+ ": create it with SaysoTypeSystem.createCas()");
		}
		return type;
	}
}
