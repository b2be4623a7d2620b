/**
 * Reading UIMA XMI that Sayso did not write: hardened against hostile XML, lenient towards other type systems,
 * and never silent about what it drops.
 */
package org.sayso.core.xmi;
