/** Vaadin components of the i18n feature. */
@NullMarked
package org.citydialogue.i18n.ui;

import org.jspecify.annotations.NullMarked;
