package org.sitrep.server;
