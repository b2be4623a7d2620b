package org.sayso.core.tests.cas;

import org.sayso.tests.support.SampleSets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.core.SaysoTypeSystem;
import org.sayso.core.cas.CasMapper;
import org.sayso.model.AnnotationSet;
import org.sayso.model.Claim;
import org.sayso.model.SaysoFactory;
import org.sayso.model.SpeakerMention;

class CasMapperRoundTripTest {

	@TempDir
	Path folder;

	@Test
	void emfToCasToXmiFileToCasToEmfGivesAnEqualSet() throws Exception {
		var original = SampleSets.everything();
		var read = throughXmiFile(original);

		SampleSets.canonical(original);
		SampleSets.canonical(read);
		assertTrue(EcoreUtil.equals(original, read), () -> "differs:\n" + describe(original) + "\n---\n" + describe(read));
	}

	@Test
	void offsetsAfterAnEmojiAreUtf16CodeUnits() throws Exception {
		var read = throughXmiFile(SampleSets.everything());
		var text = read.getDocument().getText();
		assertTrue(text.indexOf("🚢") < text.indexOf("Maria Lopez"), "the emoji comes first");
		for (var annotation : read.getAnnotations()) {
			if (annotation instanceof SpeakerMention s && s.getEntity() != null && s.getKind().getLiteral().equals("person")
					&& s.getBegin() == text.indexOf("Maria Lopez")) {
				assertEquals("Maria Lopez", text.substring(s.getBegin(), s.getEnd()));
				return;
			}
		}
		throw new AssertionError("Maria Lopez was not read back at her UTF-16 offset");
	}

	@Test
	void aJointClaimKeepsBothSpeakersInOrder() throws Exception {
		var read = throughXmiFile(SampleSets.everything());
		var text = read.getDocument().getText();
		var joint = read.getAnnotations().stream().filter(Claim.class::isInstance).map(Claim.class::cast)
				.filter(c -> text.substring(c.getBegin(), c.getEnd()).startsWith("shifts")).findFirst().orElseThrow();
		assertEquals(List.of("The two port authorities", "Union leader"),
				joint.getSources().stream().map(s -> text.substring(s.getBegin(), s.getEnd())).toList());
		assertEquals("said in a joint statement", text.substring(joint.getCues().get(0).getBegin(), joint.getCues().get(0).getEnd()));
	}

	@Test
	void mentionsOfOneEntityShareIt() throws Exception {
		var read = throughXmiFile(SampleSets.everything());
		var lopez = read.getEntities().stream().filter(e -> e.getId().equals("maria-lopez")).findFirst().orElseThrow();
		assertEquals(2, lopez.getMentions().size());
		assertEquals("Maria Lopez", lopez.getName());
	}

	@Test
	void theCasHasOneDocumentAnnotationAndItIsDkprosMetaData() {
		var cas = SaysoTypeSystem.createCas();
		CasMapper.write(SampleSets.everything(), "newsroom", cas);
		var documentAnnotations = new java.util.ArrayList<String>();
		cas.getAnnotationIndex(cas.getTypeSystem().getType(org.apache.uima.cas.CAS.TYPE_NAME_DOCUMENT_ANNOTATION))
				.forEach(a -> documentAnnotations.add(a.getType().getName()));
		assertEquals(List.of(org.sayso.core.SaysoTypes.DOCUMENT_META_DATA), documentAnnotations);
		assertEquals(org.sayso.core.SaysoTypes.DOCUMENT_META_DATA, cas.getDocumentAnnotation().getType().getName());
	}

	@Test
	void documentMetadataTravelsInTheCas() throws Exception {
		var original = SampleSets.everything();
		var cas = SaysoTypeSystem.createCas();
		CasMapper.write(original, "newsroom", cas);
		var document = SaysoFactory.eINSTANCE.createDocument();
		CasMapper.readDocument(cas, document);
		assertEquals("harbour-talks", document.getId());
		assertEquals("Harbour Talks Resume", document.getTitle());
		assertEquals("file:/news/harbour-talks.txt", document.getSourceUri());
		assertEquals("en", document.getLanguage());
		assertEquals("2024-03-07", document.getDct());
		assertEquals("dateline", document.getDctOrigin());
		assertEquals(SampleSets.TEXT, document.getText());
	}

	private AnnotationSet throughXmiFile(AnnotationSet original) throws Exception {
		var cas = SaysoTypeSystem.createCas();
		CasMapper.write(original, "newsroom", cas);
		var file = folder.resolve("set.xmi");
		try (var out = new BufferedOutputStream(Files.newOutputStream(file))) {
			XmiCasSerializer.serialize(cas, out);
		}
		var loaded = SaysoTypeSystem.createCas();
		try (var in = new BufferedInputStream(Files.newInputStream(file))) {
			XmiCasDeserializer.deserialize(in, loaded);
		}
		var document = SaysoFactory.eINSTANCE.createDocument();
		CasMapper.readDocument(loaded, document);
		var result = CasMapper.read(loaded, document);
		assertEquals(List.of(), result.warnings());
		return result.set();
	}

	private static String describe(AnnotationSet set) {
		var text = set.getDocument().getText();
		var out = new StringBuilder();
		for (var a : set.getAnnotations()) {
			out.append(a.eClass().getName()).append(' ').append(a.getBegin()).append('-').append(a.getEnd()).append(' ')
					.append(text.substring(a.getBegin(), a.getEnd())).append(' ').append(a).append('\n');
		}
		return out.toString();
	}
}
