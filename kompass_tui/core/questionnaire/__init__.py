"""The municipality's questionnaire: written from the instrument as a Word document
(`document`), its answers read back (`answers`) and taken into the session (`intake`)."""
