package org.sitrep.store;
