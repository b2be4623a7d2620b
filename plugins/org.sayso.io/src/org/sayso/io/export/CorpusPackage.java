package org.sayso.io.export;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.sayso.model.Document;
import org.sayso.model.SaysoPackage;

/**
 * The one class the corpus resource ({@value #CORPUS_FILE}, written by the {@code emf} export and read by
 * {@code org.sayso.io.importer.CorpusImport}) needs beside Sayso's model: {@code DocumentText}, a document's text.
 * {@code Document.text} is transient in the model (a project keeps texts in {@code documents/<id>.txt}), so in the
 * corpus each document's text travels in a {@code DocumentText} that refers to it, which keeps the corpus one
 * self-contained file. A dynamic package, written beside the corpus as {@value #ECORE_FILE}, so that Sayso's
 * generated model stays as it is.
 */
public final class CorpusPackage {

	/** The corpus file's name in an {@code emf} export. */
	public static final String CORPUS_FILE = "sayso-corpus.xmi";
	public static final String NS_URI = "http://sayso.org/corpus/1.0";
	static final String ECORE_FILE = "sayso-corpus.ecore";

	public static final EPackage PACKAGE;
	public static final EClass DOCUMENT_TEXT;
	public static final EReference DOCUMENT;
	public static final EAttribute TEXT;

	static {
		var ecore = EcoreFactory.eINSTANCE;
		PACKAGE = ecore.createEPackage();
		PACKAGE.setName("corpus");
		PACKAGE.setNsPrefix("corpus");
		PACKAGE.setNsURI(NS_URI);
		DOCUMENT_TEXT = ecore.createEClass();
		DOCUMENT_TEXT.setName("DocumentText");
		DOCUMENT = ecore.createEReference();
		DOCUMENT.setName("document");
		DOCUMENT.setEType(SaysoPackage.Literals.DOCUMENT);
		DOCUMENT.setLowerBound(1);
		TEXT = ecore.createEAttribute();
		TEXT.setName("text");
		TEXT.setEType(EcorePackage.Literals.ESTRING);
		TEXT.setLowerBound(1);
		DOCUMENT_TEXT.getEStructuralFeatures().add(DOCUMENT);
		DOCUMENT_TEXT.getEStructuralFeatures().add(TEXT);
		PACKAGE.getEClassifiers().add(DOCUMENT_TEXT);
	}

	private CorpusPackage() {
	}

	static EObject documentText(Document document, String text) {
		var object = PACKAGE.getEFactoryInstance().create(DOCUMENT_TEXT);
		object.eSet(DOCUMENT, document);
		object.eSet(TEXT, text);
		return object;
	}
}
