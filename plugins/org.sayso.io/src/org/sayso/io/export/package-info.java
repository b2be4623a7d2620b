/**
 * Export of a project's annotations in the formats that ML pipelines and other annotation tools read: UIMA XMI with
 * {@code TypeSystem.xml}, INCEpTION document zips, the whole corpus as one EMF resource, JSON lines and CoNLL-style
 * BIO columns. {@link org.sayso.io.export.Exporter} runs an {@link org.sayso.io.export.ExportRequest} into a
 * temporary folder beside the output and moves it into place at the end, and returns an
 * {@link org.sayso.io.export.ExportSummary}. {@link org.sayso.io.importer.CorpusImport} reads an {@code emf}
 * export back into a new project.
 */
@NonNullByDefault({ PARAMETER, RETURN_TYPE, FIELD })
package org.sayso.io.export;

import static org.eclipse.jdt.annotation.DefaultLocation.FIELD;
import static org.eclipse.jdt.annotation.DefaultLocation.PARAMETER;
import static org.eclipse.jdt.annotation.DefaultLocation.RETURN_TYPE;

import org.eclipse.jdt.annotation.NonNullByDefault;
