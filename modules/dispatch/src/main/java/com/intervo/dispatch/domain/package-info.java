/** The Dispatch module's entities and repositories; only the module's services use them. */
package com.intervo.dispatch.domain;
