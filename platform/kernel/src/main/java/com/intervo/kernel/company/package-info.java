/** The company's own details, profiles and numbering series that documents and modules print. */
@NamedInterface("company")
package com.intervo.kernel.company;

import org.springframework.modulith.NamedInterface;
