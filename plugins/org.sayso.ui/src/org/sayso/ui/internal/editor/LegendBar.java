package org.sayso.ui.internal.editor;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.sayso.core.AnnotationKind;

/**
 * The legend over the article: each layer drawn as the editor draws it, with a check box that shows or hides the
 * layer, and a check box for labels on the spans. What brat and INCEpTION users look for on the screen.
 */
final class LegendBar {

	private final Composite bar;

	LegendBar(Composite parent, AnnotationEditor editor, Palette palette) {
		bar = new Composite(parent, SWT.NONE);
		RowLayoutFactory.fillDefaults().margins(8, 3).spacing(10).center(true).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		for (var kind : AnnotationKind.values()) {
			var shown = new Button(bar, SWT.CHECK);
			shown.setSelection(true);
			shown.setToolTipText("Show or hide the " + kind.label().toLowerCase() + "s in the text");
			shown.setData("kind", kind);
			shown.addListener(SWT.Selection, e -> editor.setLayerShown(kind, shown.getSelection()));
			sample(bar, kind, palette);
		}
		var labels = new Button(bar, SWT.CHECK);
		labels.setText("Labels");
		labels.setToolTipText("Label each span with its layer, a claim's kind and a date's value");
		labels.setData("labels", Boolean.TRUE);
		labels.addListener(SWT.Selection, e -> editor.setLabelsShown(labels.getSelection()));
	}

	/** The layer's name drawn in the layer's own style. */
	private static void sample(Composite parent, AnnotationKind kind, Palette palette) {
		var sample = new StyledText(parent, SWT.READ_ONLY | SWT.SINGLE);
		sample.setCaret(null); // a picture of the layer's drawing, not a field
		sample.setBackground(parent.getBackground());
		var name = kind.label();
		sample.setText(name);
		var style = new StyleRange(0, name.length(), null, null);
		switch (kind) {
		case SPEAKER -> {
			style.borderStyle = SWT.BORDER_SOLID;
			style.borderColor = palette.speaker();
		}
		case CLAIM -> style.background = palette.claim();
		case CUE -> {
			style.foreground = palette.cue();
			style.fontStyle = SWT.BOLD;
		}
		case DATE -> {
			style.underline = true;
			style.underlineStyle = SWT.UNDERLINE_DOUBLE;
			style.underlineColor = palette.date();
		}
		}
		sample.setStyleRange(style);
	}

	Composite control() {
		return bar;
	}
}
