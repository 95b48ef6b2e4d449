# nothing here
   # indented comment

