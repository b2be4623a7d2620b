package org.sayso.interop;

import org.sayso.model.AnnotationSet;
import org.sayso.model.ClaimKind;
import org.sayso.model.DateType;
import org.sayso.model.Document;
import org.sayso.model.SaysoFactory;
import org.sayso.model.SpeakerKind;

/**
 * A wire story as some feeds deliver it, with a BEL (U+0007) left in the text. XML 1.0 cannot hold it, so the store
 * writes this set as XMI 1.1; annotations sit on both sides of it, and an emoji before it shifts UTF-16 offsets.
 */
final class WireGlitchArticle {

	static final String ID = "dock-strike";
	static final char BEL = '\u0007';

	static final String TEXT = "Dock Strike Ends 🚢\n\nHAMBURG (Sayso Wire) " + BEL
			+ " The dockers’ union said on Friday that the strike “is over as of 6 p.m.”.\n";

	private static final SaysoFactory F = SaysoFactory.eINSTANCE;

	private WireGlitchArticle() {
	}

	static void describe(Document document) {
		document.setTitle("Dock Strike Ends");
		document.setLanguage("en");
		document.setDct("2025-06-13");
		document.setDctOrigin("manual");
	}

	static void annotate(AnnotationSet set) {
		var spans = new FerryArticle.Spans(set, TEXT);
		var union = spans.add(F.createSpeakerMention(), "The dockers’ union", 1);
		union.setKind(SpeakerKind.ORGANIZATION);
		var said = spans.add(F.createCue(), "said", 1);
		var claim = spans.add(F.createClaim(), "the strike “is over as of 6 p.m.”", 1);
		claim.setKind(ClaimKind.MIXED);
		claim.getSources().add(union);
		claim.getCues().add(said);
		var friday = spans.add(F.createDateMention(), "Friday", 1);
		friday.setValue("2025-06-13");
		friday.setType(DateType.DATE);
		friday.setDctDependent(true);
		var evening = spans.add(F.createDateMention(), "6 p.m.", 1);
		evening.setValue("2025-06-13T18:00");
		evening.setType(DateType.TIME);
		evening.setDctDependent(true);
	}
}
