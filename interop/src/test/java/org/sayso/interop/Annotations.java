package org.sayso.interop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.apache.uima.cas.ArrayFS;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.eclipse.emf.common.util.Enumerator;
import org.sayso.model.AnnotationSet;
import org.sayso.model.Claim;
import org.sayso.model.Cue;
import org.sayso.model.DateMention;
import org.sayso.model.SpeakerMention;

/**
 * Sayso's annotations as plain values, read either from the EMF set or from a CAS, so that the two compare with
 * {@code equals}. The CAS side uses only the generic CAS API and the type and feature names of
 * {@code TypeSystem.xml}, never Sayso's classes: that is all a tool outside Sayso has.
 */
record Annotations(List<SpeakerRow> speakers, List<CueRow> cues, List<ClaimRow> claims, List<DateRow> dates) {

	/** Where an annotation is and what it covers; the covered text catches offsets in the wrong unit. */
	record Span(int begin, int end, String covered) {
	}

	record SpeakerRow(Span span, String entity, String entityName, String kind, String origin, String note) {
	}

	record CueRow(Span span, String origin) {
	}

	/** A claim with the spans of its linked speakers and cues, in link order. */
	record ClaimRow(Span span, String kind, String origin, String note, List<Span> sources, List<Span> cues) {
	}

	record DateRow(Span span, String value, String type, boolean dctDependent, String origin, String note) {
	}

	private static final Comparator<Span> TEXT_ORDER = Comparator.comparingInt(Span::begin)
			.thenComparing(Comparator.comparingInt(Span::end).reversed());

	static Annotations of(AnnotationSet set) {
		var text = set.getDocument().getText();
		var speakers = new ArrayList<SpeakerRow>();
		var cues = new ArrayList<CueRow>();
		var claims = new ArrayList<ClaimRow>();
		var dates = new ArrayList<DateRow>();
		for (var annotation : set.getAnnotations()) {
			switch (annotation) {
			case SpeakerMention s -> {
				var entity = s.getEntity();
				speakers.add(new SpeakerRow(span(text, s), entity == null ? null : entity.getId(),
						entity == null ? null : entity.getName(), literal(s.getKind()), literal(s.getOrigin()), s.getNote()));
			}
			case Cue c -> cues.add(new CueRow(span(text, c), literal(c.getOrigin())));
			case Claim c -> claims.add(new ClaimRow(span(text, c), literal(c.getKind()), literal(c.getOrigin()), c.getNote(),
					c.getSources().stream().map(s -> span(text, s)).toList(),
					c.getCues().stream().map(q -> span(text, q)).toList()));
			case DateMention d -> dates.add(new DateRow(span(text, d), d.getValue(), literal(d.getType()),
					d.isDctDependent(), literal(d.getOrigin()), d.getNote()));
			default -> throw new AssertionError("an annotation type this test does not know: " + annotation.eClass().getName());
			}
		}
		return sorted(speakers, cues, claims, dates);
	}

	static Annotations of(CAS cas) {
		var speakers = new ArrayList<SpeakerRow>();
		for (var fs : annotations(cas, "org.sayso.type.Speaker")) {
			speakers.add(new SpeakerRow(span(fs), string(fs, "entity"), string(fs, "entityName"), string(fs, "kind"),
					string(fs, "origin"), string(fs, "note")));
		}
		var cues = new ArrayList<CueRow>();
		for (var fs : annotations(cas, "org.sayso.type.Cue")) {
			cues.add(new CueRow(span(fs), string(fs, "origin")));
		}
		var claims = new ArrayList<ClaimRow>();
		for (var fs : annotations(cas, "org.sayso.type.Claim")) {
			claims.add(new ClaimRow(span(fs), string(fs, "kind"), string(fs, "origin"), string(fs, "note"),
					links(fs, "sources", "org.sayso.type.SourceLink", "speaker", "org.sayso.type.Speaker"),
					links(fs, "cues", "org.sayso.type.CueLink", "cue", "org.sayso.type.Cue")));
		}
		var dates = new ArrayList<DateRow>();
		for (var fs : annotations(cas, "org.sayso.type.DateMention")) {
			dates.add(new DateRow(span(fs), string(fs, "value"), string(fs, "type"),
					fs.getBooleanValue(feature(fs.getType(), "dctDependent")), string(fs, "origin"), string(fs, "note")));
		}
		return sorted(speakers, cues, claims, dates);
	}

	/**
	 * The link targets of a claim, checked the way INCEpTION reads a slot feature: an FSArray of the link type whose
	 * elements carry the role and point at an annotation of the target type.
	 */
	private static List<Span> links(AnnotationFS claim, String feature, String linkType, String role, String targetType) {
		var value = claim.getFeatureValue(feature(claim.getType(), feature));
		if (value == null) {
			return List.of();
		}
		var array = (ArrayFS<?>) value;
		var targets = new ArrayList<Span>();
		for (int i = 0; i < array.size(); i++) {
			FeatureStructure link = array.get(i);
			assertType(link, linkType);
			if (!role.equals(link.getStringValue(feature(link.getType(), "role")))) {
				throw new AssertionError(linkType + " of claim " + span(claim) + " has role "
						+ link.getStringValue(feature(link.getType(), "role")) + " instead of " + role);
			}
			var target = (AnnotationFS) link.getFeatureValue(feature(link.getType(), "target"));
			assertType(target, targetType);
			targets.add(span(target));
		}
		return targets;
	}

	private static void assertType(FeatureStructure fs, String name) {
		if (fs == null || !fs.getType().getName().equals(name)) {
			throw new AssertionError("expected a " + name + ", found " + (fs == null ? "null" : fs.getType().getName()));
		}
	}

	private static List<AnnotationFS> annotations(CAS cas, String typeName) {
		var type = type(cas, typeName);
		var result = new ArrayList<AnnotationFS>();
		// exact type: a subtype would be another tool's annotation, not ours
		cas.getAnnotationIndex(type).forEach(fs -> {
			if (fs.getType() == type) {
				result.add(fs);
			}
		});
		return result;
	}

	static Type type(CAS cas, String name) {
		var type = cas.getTypeSystem().getType(name);
		if (type == null) {
			throw new AssertionError("the CAS's type system has no type " + name);
		}
		return type;
	}

	static org.apache.uima.cas.Feature feature(Type type, String name) {
		var feature = type.getFeatureByBaseName(name);
		if (feature == null) {
			throw new AssertionError(type.getName() + " has no feature " + name);
		}
		return feature;
	}

	static String string(FeatureStructure fs, String feature) {
		return fs.getStringValue(feature(fs.getType(), feature));
	}

	private static Span span(AnnotationFS fs) {
		return new Span(fs.getBegin(), fs.getEnd(), fs.getCoveredText());
	}

	private static Span span(String text, org.sayso.model.Annotation annotation) {
		return new Span(annotation.getBegin(), annotation.getEnd(), text.substring(annotation.getBegin(), annotation.getEnd()));
	}

	/** The model's enum literal, which is what the CAS holds as a string. */
	private static String literal(Enumerator value) {
		return value == null ? null : value.getLiteral();
	}

	private static Annotations sorted(List<SpeakerRow> speakers, List<CueRow> cues, List<ClaimRow> claims, List<DateRow> dates) {
		return new Annotations(sort(speakers, SpeakerRow::span), sort(cues, CueRow::span), sort(claims, ClaimRow::span),
				sort(dates, DateRow::span));
	}

	private static <T> List<T> sort(List<T> rows, Function<T, Span> span) {
		rows.sort(Comparator.comparing(span, TEXT_ORDER));
		return List.copyOf(rows);
	}
}
