System.Console.WriteLine("Built: the SBOM passed the compliance check.");
